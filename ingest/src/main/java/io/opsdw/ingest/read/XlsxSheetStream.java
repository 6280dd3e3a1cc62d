package io.opsdw.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * One sheet of an XLSX file, pulled one {@code <row>} at a time with StAX from the sheet part of a package
 * opened read-only (the export is never written to: a package opened for writing is saved back over the file when
 * it is closed). Nothing of the sheet is kept beyond the current row.
 *
 * <p>Held for the whole file: the styles table (POI's {@link StylesTable}, a few KB) and the shared-strings table,
 * every distinct text of the workbook as one {@code String}: about 60 bytes plus 1 byte per character (Latin-1) or
 * 2 bytes per character (other text, e.g. Chinese) per distinct text. Its size follows the distinct texts, not the
 * rows (measured: 2.24 M distinct texts, mostly short, 161 MB; see docs/benchmarks.md). Exports written with inline
 * strings (the sample generator's, via SXSSF) have no shared strings at all.
 *
 * <p>Cell values follow what POI's DOM user model ({@code XSSFCell}) returns, which this reader replaces: the type
 * attribute decides, a formula cell gives its cached value, a date-formatted number (cell style, else the column's
 * default style, else style 0) becomes a {@link LocalDateTime}, strings are decoded from Excel's {@code _xHHHH_}
 * escapes, rich-text runs are joined and phonetic guides left out. Where POI gives a value that is not one, this
 * reader says so ({@link SheetRows.BadCell}): a formula without a calculated value (POI reads 0) and an error value.
 */
final class XlsxSheetStream implements SheetRows {

    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final Pattern UTF_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    /** The first {@code <cols>} element's column ranges with a default style: min, max (1-based), style. */
    private final List<long[]> columnStyles = new ArrayList<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int colsElements;
    private long lastRow;
    private Object[] buffer = new Object[32];

    private XlsxSheetStream(OPCPackage pkg, XMLInputFactory factory, InputStream sheet, List<String> sharedStrings,
                            StylesTable styles, boolean date1904) throws XMLStreamException {
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = factory.createXMLStreamReader(sheet);
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The names of the workbook's sheets, in workbook order. */
    static List<String> sheetNames(Path file) throws IOException, OpenXML4JException {
        OPCPackage pkg = openPackage(file);
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        } finally {
            pkg.revert();
        }
    }

    /** A sheet of the workbook (0 = the first), or null when the workbook has no such sheet. */
    static XlsxSheetStream open(Path file, int sheetIndex) throws IOException, OpenXML4JException, XMLStreamException {
        OPCPackage pkg = openPackage(file);
        InputStream sheet = null;
        try {
            // One factory per file: StAX factories are not promised to be thread-safe, and tasks run side by side.
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            for (int i = 0; i < sheetIndex && sheets.hasNext(); i++) {
                sheets.next().close();
            }
            if (!sheets.hasNext()) {
                pkg.revert();
                return null;
            }
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = date1904(factory, workbook);
            }
            StylesTable styles = reader.getStylesTable();
            List<String> strings = sharedStrings(factory, pkg);
            sheet = sheets.next();
            // A workbook without a styles part reads like POI's DOM reads it: one default style, "General".
            return new XlsxSheetStream(pkg, factory, sheet, strings, styles == null ? new StylesTable() : styles, date1904);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            if (sheet != null) {
                sheet.close();
            }
            pkg.revert();
            throw e;
        }
    }

    /**
     * The package, read-only, through the zip's central directory. {@code OPCPackage.open(File, READ)} would, when
     * the directory is damaged (e.g. a truncated download), fall back to scanning the zip stream and keep every part
     * in memory; a file that has lost its directory is reported as unreadable instead. The zip-bomb limits of
     * {@link ZipSecureFile} still apply to every part read.
     */
    private static OPCPackage openPackage(Path file) throws IOException, InvalidFormatException {
        ZipSecureFile zip = ZipHelper.openZipFile(file.toFile());
        try {
            return OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public SheetRow next() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "cols" -> colsElements++;
                    case "col" -> column();
                    case "row" -> {
                        return row();
                    }
                    default -> {
                        // sheetData, sheetViews, ...: rows are found inside sheetData, nothing else is needed
                    }
                }
            }
        }
        return null;
    }

    private void column() {
        String style = xml.getAttributeValue(null, "style");
        if (colsElements == 1) { // POI's DOM looks at the first <cols> only
            columnStyles.add(new long[] {Long.parseLong(xml.getAttributeValue(null, "min")),
                    Long.parseLong(xml.getAttributeValue(null, "max")), style == null ? 0 : Long.parseLong(style)});
        }
    }

    private SheetRow row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.trim());
        lastRow = number;
        int width = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    String ref = xml.getAttributeValue(null, "r");
                    // Without a reference a cell follows the row's last one, as in POI's DOM.
                    int col = ref == null ? width : column(ref);
                    Object value = cell(col);
                    if (col >= buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.max(col + 1, buffer.length * 2));
                    }
                    buffer[col] = value;
                    width = Math.max(width, col + 1);
                } else {
                    skip();
                }
            }
        }
        Object[] cells = Arrays.copyOf(buffer, width);
        Arrays.fill(buffer, 0, width, null);
        return new SheetRow(number, cells);
    }

    private static int column(String ref) {
        int end = 0;
        while (end < ref.length() && !Character.isDigit(ref.charAt(end))) {
            end++;
        }
        int col = CellReference.convertColStringToIndex(ref.substring(0, end));
        if (col < 0 || col >= MAX_COLUMNS) {
            throw new IllegalStateException("cell reference " + ref + " is outside the sheet");
        }
        return col;
    }

    /** The current {@code <c>}'s value: String, Boolean, Double, LocalDateTime, or null. */
    private Object cell(int col) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        boolean formula = false;
        String formulaText = null;
        String v = null;
        String inline = null;
        boolean hasInline = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> v = xml.getElementText();
                    case "f" -> {
                        // POI does not treat data-table formulas as formulas
                        formula = !"dataTable".equals(xml.getAttributeValue(null, "t"));
                        formulaText = xml.getElementText();
                    }
                    case "is" -> {
                        hasInline = true;
                        inline = richText();
                    }
                    default -> skip();
                }
            }
        }
        // a string result may be empty, a number, boolean or error result may not
        if (formula && !"inlineStr".equals(type) && (v == null || v.isEmpty() && !"str".equals(type))) {
            // POI reads it as 0 (or ""): the workbook was saved without calculating it (generated, not saved by Excel)
            String shown = formulaText == null || formulaText.isBlank() ? "(shared formula)" : "=" + formulaText;
            return new BadCell(shown, "a formula " + shown
                    + " without a calculated value; open the workbook in Excel, save it and export again", false);
        }
        switch (type == null ? "n" : type) {
            case "n":
                if (v == null) {
                    return null; // a styled blank cell
                }
                double d = v.isEmpty() ? 0.0 : Double.parseDouble(v);
                return DateUtil.isValidExcelDate(d) && isDateStyle(col, style) ? DateUtil.getLocalDateTime(d, date1904) : d;
            case "s":
                if (v == null) {
                    return "";
                }
                int index = Integer.parseInt(v.trim());
                if (index < 0 || index >= sharedStrings.size()) {
                    throw new IllegalStateException("shared string " + index + " does not exist");
                }
                return sharedStrings.get(index);
            case "inlineStr":
                return hasInline ? inline : decode(v == null ? "" : v);
            case "str":
                return decode(v == null ? "" : v);
            case "b":
                return "1".equals(v);
            case "e":
                return v == null || v.isBlank() ? null
                        : new BadCell(v.strip(), "the error value " + v.strip() + " instead of a value", true);
            case "d":
                return isoDate(v);
            default:
                throw new IllegalStateException("unknown cell type '" + type + "'");
        }
    }

    /** A strict-OOXML ISO 8601 date cell (POI's DOM rejects these; they read like date-formatted numbers here). */
    private static Object isoDate(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.trim();
        try {
            return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) : s);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    /** As POI's DOM: the cell's own style if it exists, else the column's default style, else style 0. */
    private boolean isDateStyle(int col, String cellStyle) {
        int count = styles.getNumCellStyles();
        int index = -1;
        if (cellStyle != null && count > 0) {
            int s = Integer.parseInt(cellStyle.trim());
            if (s >= 0 && s < count) {
                index = s;
            }
        }
        if (index < 0) {
            index = (int) columnStyle(col + 1L);
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle st = styles.getStyleAt(i);
            return st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
        });
    }

    private long columnStyle(long col1) {
        for (long[] c : columnStyles) {
            if (c[0] <= col1 && col1 <= c[1]) {
                return c[2];
            }
        }
        return 0;
    }

    /**
     * The text of a rich-text element ({@code <si>} or {@code <is>}; the reader is on its start tag) as POI's
     * {@code XSSFRichTextString.getString()}: the runs joined if there are runs, else the plain {@code <t>}; phonetic
     * runs left out; null when there is neither.
     */
    private String richText() throws XMLStreamException {
        return richText(xml);
    }

    private static String richText(XMLStreamReader x) throws XMLStreamException {
        String plain = null;
        StringBuilder runs = null;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "t" -> plain = x.getElementText();
                    case "r" -> {
                        if (runs == null) {
                            runs = new StringBuilder();
                        }
                        run(x, runs);
                    }
                    default -> skip(x); // rPh (phonetic guide), phoneticPr
                }
            }
        }
        return decode(runs != null ? runs.toString() : plain);
    }

    private static void run(XMLStreamReader x, StringBuilder out) throws XMLStreamException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("t".equals(x.getLocalName())) {
                    out.append(x.getElementText());
                } else {
                    skip(x); // rPr
                }
            }
        }
    }

    private void skip() throws XMLStreamException {
        skip(xml);
    }

    /** Skips the element whose start tag the reader is on, children included. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Excel escapes characters XML cannot hold as {@code _xHHHH_}; POI's DOM decodes them. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        Matcher m = UTF_ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }

    private static boolean date1904(XMLInputFactory factory, InputStream workbook) throws XMLStreamException {
        XMLStreamReader x = factory.createXMLStreamReader(workbook);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "workbookPr" -> {
                            String v = x.getAttributeValue(null, "date1904");
                            return v != null && (v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
                        }
                        case "sheets" -> {
                            return false; // workbookPr comes before the sheet list
                        }
                        default -> {
                        }
                    }
                }
            }
            return false;
        } finally {
            x.close();
        }
    }

    /** The shared-strings part (found like POI's readers find it: by content type), or an empty table. */
    private static List<String> sharedStrings(XMLInputFactory factory, OPCPackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                        strings.add(richText(x)); // null for an <si> without text, as POI's DOM gives
                    }
                }
            } finally {
                x.close();
            }
        }
        return strings;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a read-only stream
        }
        try {
            sheet.close();
        } catch (IOException ignored) {
            // read-only stream
        }
        pkg.revert(); // closes a read-only package without saving
    }
}
