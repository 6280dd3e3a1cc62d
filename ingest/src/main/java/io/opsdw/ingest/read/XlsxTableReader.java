package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * First sheet of a workbook through Apache POI. Date-formatted cells become ISO text so one value parser serves
 * CSV and XLSX; plain numbers keep their exact decimal form. Excel drops blank trailing cells, so short rows are padded.
 */
public final class XlsxTableReader implements TableReader {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;

    public XlsxTableReader(Path file, int skipRows) {
        String name = file.getFileName().toString();
        try {
            this.workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new IngestException("file " + name + ": the workbook is password-protected; save it without a password and retry", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException("file " + name + ": not a readable XLSX workbook (truncated or corrupt: "
                    + e.getClass().getSimpleName() + "); re-export the file", e);
        }
        if (workbook.getNumberOfSheets() == 0) {
            close();
            throw new IngestException("file " + name + ": the workbook has no sheet; re-export the file");
        }
        Sheet sheet = workbook.getSheetAt(0);
        this.rows = sheet.rowIterator();
        for (int i = 0; i < skipRows && rows.hasNext(); i++) {
            rows.next();
        }
        RawRecord first = next();
        if (first == null) {
            close();
            throw new IngestException("file " + name + ": the first sheet holds no header row; put the table on the first sheet");
        }
        this.header = Arrays.asList(first.cells());
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            int width = Math.max(row.getLastCellNum(), header == null ? 0 : header.size());
            String[] cells = new String[Math.max(width, 0)];
            boolean any = false;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(row.getCell(i));
                any |= cells[i] != null && !cells[i].isBlank();
            }
            if (!any) {
                continue;
            }
            String[] trimmed = trimTrailingBlanks(cells);
            List<String> raw = new ArrayList<>();
            for (String c : trimmed) {
                raw.add(c == null ? "" : c);
            }
            return new RawRecord(row.getRowNum() + 1L, cells, String.join(",", raw));
        }
        return null;
    }

    private String[] trimTrailingBlanks(String[] cells) {
        int n = cells.length;
        while (n > 0 && (cells[n - 1] == null || cells[n - 1].isEmpty())) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    return t.toLocalTime().toSecondOfDay() == 0 ? D.format(t) : TS.format(t);
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default:
                return null;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only workbook: nothing to flush
        }
    }
}
