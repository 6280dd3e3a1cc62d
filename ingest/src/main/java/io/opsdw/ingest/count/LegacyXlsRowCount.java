package io.opsdw.ingest.count;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Counts the rows of every sheet of a legacy .xls workbook from its BIFF records (POI's event API), where the reader
 * uses POI's user model. Row numbers are collected per sheet (the format stops at 65,536 rows), then read in order.
 */
final class LegacyXlsRowCount {

    private LegacyXlsRowCount() {
    }

    static List<SheetCount> count(Path file, int skipRows, int onlySheet, LongConsumer starts) throws IOException {
        Records records = new Records();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(records);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        List<SheetCount> out = new ArrayList<>();
        for (int s = 0; s < records.rows.size(); s++) {
            if (onlySheet >= 0 && onlySheet != s) {
                continue;
            }
            BitSet rows = records.rows.get(s);
            BitSet valued = records.valued.get(s);
            int toSkip = skipRows;
            boolean header = false;
            long count = 0;
            long lineSum = 0;
            for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                if (toSkip > 0) {
                    toSkip--;
                } else if (valued.get(r)) {
                    if (!header) {
                        header = true;
                    } else {
                        count++;
                        lineSum += r + 1L;
                        starts.accept(r + 1L);
                    }
                }
            }
            String name = s < records.names.size() ? records.names.get(s) : "Sheet" + (s + 1);
            out.add(new SheetCount(s, name, header, count, lineSum));
        }
        return out;
    }

    /** Per worksheet: every row that exists, and the rows with a cell holding a value. */
    private static final class Records implements HSSFListener {

        final List<String> names = new ArrayList<>();
        final List<BitSet> rows = new ArrayList<>();
        final List<BitSet> valued = new ArrayList<>();
        private SSTRecord strings;
        private int pendingFormulaRow = -1;

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BoundSheetRecord b) {
                names.add(b.getSheetname());
                return;
            }
            if (record instanceof BOFRecord bof) {
                if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    rows.add(new BitSet());
                    valued.add(new BitSet());
                }
                return;
            }
            if (record instanceof SSTRecord sst) {
                strings = sst;
                return;
            }
            if (rows.isEmpty()) {
                return;
            }
            BitSet present = rows.get(rows.size() - 1);
            BitSet withValue = valued.get(valued.size() - 1);
            if (record instanceof StringRecord s) {
                if (pendingFormulaRow >= 0 && !s.getString().isBlank()) {
                    withValue.set(pendingFormulaRow);
                }
                pendingFormulaRow = -1;
                return;
            }
            pendingFormulaRow = -1;
            if (record instanceof RowRecord r) {
                present.set(r.getRowNumber());
            } else if (record instanceof MulRKRecord m) {
                present.set(m.getRow());
                withValue.set(m.getRow());
            } else if (record instanceof CellValueRecordInterface cell) {
                int row = cell.getRow();
                present.set(row);
                if (record instanceof LabelSSTRecord l) {
                    if (!strings.getString(l.getSSTIndex()).getString().isBlank()) {
                        withValue.set(row);
                    }
                } else if (record instanceof LabelRecord l) {
                    if (!l.getValue().isBlank()) {
                        withValue.set(row);
                    }
                } else if (record instanceof FormulaRecord f) {
                    if (f.getCachedResultType() == CellType.STRING.getCode()) {
                        pendingFormulaRow = row;
                    } else {
                        withValue.set(row);
                    }
                } else if (record instanceof NumberRecord || record instanceof RKRecord || record instanceof BoolErrRecord) {
                    withValue.set(row);
                }
            }
        }
    }
}
