package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentFactoryHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * One sheet of a workbook, one row at a time. Date-formatted cells become ISO text so one value parser serves
 * CSV and XLSX; plain numbers keep their exact decimal form. Excel omits blank cells, so cells are placed by their
 * column reference and short rows are padded.
 *
 * <p>XLSX is streamed ({@link XlsxSheetStream}: StAX over the sheet part, the package opened read-only): the heap
 * holds the current row, the styles and the workbook's shared strings, never the sheet, however many rows it has.
 * An XLSX encrypted with Excel's default password ("read-only recommended") is first decrypted to a temporary file;
 * any other password is the file-level "password-protected" error. A legacy BIFF .xls is read with POI's HSSF user
 * model: that format holds at most 65,536 rows, so its heap is bounded by the format.
 */
public final class XlsxTableReader implements TableReader {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final String name;
    private final SheetRows rows;
    private final Path decrypted;
    private final List<String> header;

    public XlsxTableReader(Path file, int skipRows) {
        this(file, skipRows, 0);
    }

    /** One sheet (0 = the first); its header is empty when the sheet holds no row with a value. */
    public XlsxTableReader(Path file, int skipRows, int sheet) {
        this.name = file.getFileName().toString();
        Path[] temp = new Path[1];
        SheetRows opened;
        try {
            opened = open(file, sheet, temp);
        } catch (EncryptedDocumentException e) {
            throw new IngestException("file " + name + ": the workbook is password-protected; save it without a password and retry", e);
        } catch (Exception e) {
            deleteQuietly(temp[0]);
            throw unreadable(e);
        }
        this.decrypted = temp[0];
        if (opened == null) {
            deleteQuietly(decrypted);
            throw new IngestException("file " + name + ": the workbook has no sheet" + (sheet == 0 ? "" : " " + (sheet + 1))
                    + "; re-export the file");
        }
        this.rows = opened;
        try {
            // skip_rows counts the sheet's row elements (blank ones too), as POI's row iterator did
            for (int i = 0; i < skipRows; i++) {
                if (rows.next() == null) {
                    break;
                }
            }
            RawRecord first = next();
            this.header = first == null ? List.of() : Arrays.asList(first.cells());
        } catch (Exception e) {
            close();
            throw e instanceof IngestException ie ? ie : unreadable(e);
        }
    }

    /** The workbook's sheet names, in order (file-level errors as the constructor raises them). */
    public static List<String> sheetNames(Path file) {
        String name = file.getFileName().toString();
        Path[] temp = new Path[1];
        try {
            if (FileMagic.valueOf(file.toFile()) != FileMagic.OLE2) {
                return XlsxSheetStream.sheetNames(file);
            }
            Path ooxml = decryptedOoxml(file, temp);
            if (ooxml != null) {
                return XlsxSheetStream.sheetNames(ooxml);
            }
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    names.add(wb.getSheetName(i));
                }
                return names;
            }
        } catch (EncryptedDocumentException e) {
            throw new IngestException("file " + name + ": the workbook is password-protected; save it without a password and retry", e);
        } catch (Exception e) {
            throw new IngestException("file " + name + ": not a readable XLSX workbook (truncated or corrupt: "
                    + e.getClass().getSimpleName() + "); re-export the file", e);
        } finally {
            deleteQuietly(temp[0]);
        }
    }

    /** A sheet's rows, or null when the workbook has no such sheet. */
    private static SheetRows open(Path file, int sheet, Path[] temp) throws Exception {
        if (FileMagic.valueOf(file.toFile()) != FileMagic.OLE2) {
            return XlsxSheetStream.open(file, sheet);
        }
        Path ooxml = decryptedOoxml(file, temp);
        return ooxml != null ? XlsxSheetStream.open(ooxml, sheet) : LegacyXls.open(file, sheet);
    }

    /** An OOXML package inside an OLE2 container (Excel's default password), decrypted; null for a legacy .xls. */
    private static Path decryptedOoxml(Path file, Path[] temp) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            boolean ooxml = root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || root.hasEntryCaseInsensitive(ExtractorFactory.OOXML_PACKAGE);
            if (!ooxml) {
                return null;
            }
            // Throws EncryptedDocumentException unless Excel's default password opens it (as WorkbookFactory does).
            try (InputStream in = DocumentFactoryHelper.getDecryptedStream(root, null)) {
                // Owner-only (0600) in the temp folder, deleted on close; the stream is not kept in memory.
                temp[0] = Files.createTempFile("opsdw-decrypted-", ".xlsx");
                temp[0].toFile().deleteOnExit();
                Files.copy(in, temp[0], StandardCopyOption.REPLACE_EXISTING);
            }
            return temp[0];
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() {
        try {
            for (SheetRows.SheetRow row = rows.next(); row != null; row = rows.next()) {
                Object[] values = row.cells();
                String[] cells = new String[Math.max(values.length, header == null ? 0 : header.size())];
                String[] bad = null;
                String[] shown = new String[cells.length];
                boolean any = false;
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof SheetRows.BadCell b) {
                        bad = bad == null ? new String[cells.length] : bad;
                        bad[i] = b.detail();
                        shown[i] = b.text();
                        any |= b.holdsValue();
                    } else {
                        cells[i] = text(values[i]);
                        shown[i] = cells[i];
                        any |= cells[i] != null && !cells[i].isBlank();
                    }
                }
                if (!any) {
                    continue;
                }
                String[] trimmed = trimTrailingBlanks(shown);
                List<String> raw = new ArrayList<>();
                for (String c : trimmed) {
                    raw.add(c == null ? "" : c);
                }
                return new RawRecord(row.number(), cells, String.join(",", raw), null, bad);
            }
            return null;
        } catch (IngestException e) {
            throw e;
        } catch (Exception e) {
            // The sheet is read as it goes: a damaged sheet part or value shows here, not when the file opens.
            throw unreadable(e);
        }
    }

    private IngestException unreadable(Exception e) {
        return new IngestException("file " + name + ": not a readable XLSX workbook (truncated or corrupt: "
                + e.getClass().getSimpleName() + "); re-export the file", e);
    }

    private static String[] trimTrailingBlanks(String[] cells) {
        int n = cells.length;
        while (n > 0 && (cells[n - 1] == null || cells[n - 1].isEmpty())) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    /**
     * A cell value as text: dates as ISO (the date alone at midnight), numbers in their exact decimal form. From
     * 10^15 on, a spreadsheet number has lost digits (Excel keeps 15): it is written in scientific notation, so an
     * identifier stored as a number is seen for what it is rather than landing as a wrong number.
     */
    static String text(Object value) {
        if (value instanceof Double d) {
            if (Math.abs(d) >= 1e15) {
                return BigDecimal.valueOf(d).stripTrailingZeros().toString().replace("E+", "E");
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalTime().toSecondOfDay() == 0 ? D.format(t) : TS.format(t);
        }
        return value == null ? null : value.toString();
    }

    @Override
    public void close() {
        try {
            rows.close();
        } finally {
            deleteQuietly(decrypted);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary copy in the system temp folder
            }
        }
    }

    /** A legacy .xls (BIFF) workbook through POI's HSSF user model; the format caps a sheet at 65,536 rows. */
    private static final class LegacyXls implements SheetRows {

        private final Workbook workbook;
        private final Iterator<Row> rows;

        private LegacyXls(Workbook workbook, int sheet) {
            this.workbook = workbook;
            this.rows = workbook.getSheetAt(sheet).rowIterator();
        }

        static SheetRows open(Path file, int sheet) throws IOException {
            Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
            if (wb.getNumberOfSheets() <= sheet) {
                wb.close();
                return null;
            }
            return new LegacyXls(wb, sheet);
        }

        @Override
        public SheetRow next() {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            Object[] cells = new Object[Math.max(row.getLastCellNum(), 0)];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = value(row.getCell(i));
            }
            return new SheetRow(row.getRowNum() + 1L, cells);
        }

        private static Object value(Cell cell) {
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
                case ERROR -> {
                    String code = org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
                    yield new SheetRows.BadCell(code, "the error value " + code + " instead of a value", true);
                }
                default -> null;
            };
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
}
