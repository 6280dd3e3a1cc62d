package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the XLSX reader promises, independent of how it reads: Excel row numbers, cells placed by their column
 * reference (Excel omits blank cells), ISO text for dates, exact decimals, cached formula results, inline and shared
 * strings, and one-line file-level errors.
 */
class XlsxTableReaderTest {

    @TempDir
    Path dir;

    private static List<RawRecord> readAll(Path f, int skipRows) {
        List<RawRecord> out = new ArrayList<>();
        try (XlsxTableReader r = new XlsxTableReader(f, skipRows)) {
            for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    private static List<String> header(Path f, int skipRows) {
        try (XlsxTableReader r = new XlsxTableReader(f, skipRows)) {
            return r.header();
        }
    }

    private static String is(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void sparseRowsAndCellsKeepExcelRowNumbersAndColumnReferences() throws Exception {
        Path f = rawXlsx("sparse.xlsx",
                "<row r=\"3\">" + is("A3", "id") + is("B3", "name") + is("C3", "type") + is("D3", "note") + "</row>"
                        // B4 (middle) and D4 (trailing) are omitted, as Excel does for blank cells
                        + "<row r=\"4\">" + is("A4", "K1") + is("C4", "vip") + "</row>"
                        + "<row r=\"5\"/>"
                        + "<row r=\"6\">" + is("A6", "   ") + "<c r=\"B6\" s=\"0\"/></row>"
                        // rich-text inline string; a number beyond the header's width
                        + "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">rich </t></r>"
                        + "<r><rPr><b/></rPr><t>text</t></r></is></c><c r=\"E9\"><v>7</v></c></row>"
                        // cells without a reference follow one another from column A
                        + "<row r=\"12\"><c t=\"inlineStr\"><is><t>K3</t></is></c><c t=\"inlineStr\"><is><t>张三</t></is></c></row>",
                null, null, null);
        assertThat(header(f, 0)).containsExactly("id", "name", "type", "note");
        List<RawRecord> recs = readAll(f, 0);
        assertThat(recs).extracting(RawRecord::line).containsExactly(4L, 9L, 12L);
        assertThat(recs.get(0).cells()).containsExactly("K1", null, "vip", null);
        assertThat(recs.get(0).rawText()).isEqualTo("K1,,vip");
        assertThat(recs.get(1).cells()).containsExactly(null, "rich text", null, null, "7");
        assertThat(recs.get(1).rawText()).isEqualTo(",rich text,,,7");
        assertThat(recs.get(2).cells()).containsExactly("K3", "张三", null, null);
        assertThat(recs.get(2).rawText()).isEqualTo("K3,张三");
    }

    @Test
    void aHeaderWithAGapKeepsTheGapAsNull() throws Exception {
        Path f = rawXlsx("gap.xlsx", "<row r=\"1\">" + is("A1", "a") + is("C1", "c") + "</row>"
                + "<row r=\"2\">" + is("A2", "1") + is("B2", "2") + is("C2", "3") + "</row>", null, null, null);
        assertThat(header(f, 0)).containsExactly("a", null, "c");
        assertThat(readAll(f, 0).get(0).cells()).containsExactly("1", "2", "3");
    }

    @Test
    void skipRowsThenTheFirstNonBlankRowIsTheHeader() throws Exception {
        Path f = rawXlsx("skip.xlsx",
                "<row r=\"1\">" + is("A1", "客户清单 2026年10月") + "</row>"
                        + "<row r=\"3\"/>"
                        + "<row r=\"4\">" + is("A4", "编号") + is("B4", "姓名") + "</row>"
                        + "<row r=\"5\">" + is("A5", "K1") + is("B5", "李四") + "</row>",
                null, null, null);
        assertThat(header(f, 0)).containsExactly("客户清单 2026年10月");
        assertThat(header(f, 1)).containsExactly("编号", "姓名");
        List<RawRecord> recs = readAll(f, 1);
        assertThat(recs).hasSize(1);
        assertThat(recs.get(0).line()).isEqualTo(5L);
        assertThat(recs.get(0).cells()).containsExactly("K1", "李四");
    }

    @Test
    void sharedStringsAndStylesAsExcelWritesThem() throws Exception {
        // Rich-text runs are joined; phonetic guides (rPh, furigana/pinyin) are not part of the text.
        String sst = "<si><t>编号</t></si><si><t>时间</t></si><si><t>金额</t></si>"
                + "<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb=\"0\" eb=\"1\"><t>zhang</t></rPh></si>"
                + "<si><t xml:space=\"preserve\"> 前后空格 </t></si>";
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd hh:mm\"/></numFmts>"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs>";
        Path f = rawXlsx("excel.xlsx",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>46300.5</v></c>"
                        + "<c r=\"C2\" s=\"2\"><v>1234.5</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" s=\"1\"><v>46299</v></c></row>",
                sst, styles, null);
        assertThat(header(f, 0)).containsExactly("编号", "时间", "金额");
        List<RawRecord> recs = readAll(f, 0);
        assertThat(recs.get(0).cells()).containsExactly("张三", "2026-10-05 12:00:00", "1234.5");
        assertThat(recs.get(1).cells()).containsExactly(" 前后空格 ", "2026-10-04", null);
        assertThat(recs.get(1).rawText()).isEqualTo(" 前后空格 ,2026-10-04");
    }

    @Test
    void aLegacyXlsWorkbookIsRead() throws Exception {
        Path f = dir.resolve("legacy.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.getRow(0).createCell(1).setCellValue("amount");
            var r = sheet.createRow(3);
            r.createCell(0).setCellValue("K1");
            r.createCell(1).setCellValue(12.5d);
            wb.write(out);
        }
        assertThat(header(f, 0)).containsExactly("id", "amount");
        List<RawRecord> recs = readAll(f, 0);
        assertThat(recs).extracting(RawRecord::line).containsExactly(4L);
        assertThat(recs.get(0).cells()).containsExactly("K1", "12.5");
    }

    @Test
    void aWorkbookEncryptedWithExcelsDefaultPasswordIsRead() throws Exception {
        // Excel's "read-only recommended" protection encrypts with a fixed, well-known password; Excel opens it silently.
        Path f = encrypted("readonly.xlsx", Decryptor.DEFAULT_PASSWORD);
        assertThat(header(f, 0)).containsExactly("a");
        assertThat(readAll(f, 0)).extracting(rec -> rec.cells()[0]).containsExactly("1");
    }

    @Test
    void sharedStringsNumbersBooleansAndErrors() throws Exception {
        Path f = dir.resolve("values.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("客户");
            var h = sheet.createRow(0);
            String[] names = {"text", "phone", "amount", "tenth", "sum", "hundred", "tiny", "negative", "serial", "flag", "no", "err"};
            for (int i = 0; i < names.length; i++) {
                h.createCell(i).setCellValue(names[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("影楼客户");
            r.createCell(1).setCellValue(13800135678d);
            r.createCell(2).setCellValue(1234.50d);
            r.createCell(3).setCellValue(0.1d);
            r.createCell(4).setCellValue(0.1d + 0.2d);
            r.createCell(5).setCellValue(100d);
            r.createCell(6).setCellValue(1e-7d);
            r.createCell(7).setCellValue(-2.5d);
            r.createCell(8).setCellValue(46300d); // an Excel serial without a date format stays a number
            r.createCell(9).setCellValue(true);
            r.createCell(10).setCellValue(false);
            r.createCell(11).setCellErrorValue(FormulaError.NA.getCode());
            write(wb, f);
        }
        RawRecord rec = readAll(f, 0).get(0);
        assertThat(rec.line()).isEqualTo(2L);
        assertThat(rec.cells()).containsExactly("影楼客户", "13800135678", "1234.5", "0.1", "0.30000000000000004", "100",
                "0.0000001", "-2.5", "46300", "true", "false", null);
        // an error value is not a value: the cell is empty and says why, and the raw text shows it as Excel does
        assertThat(rec.badCells()[11]).isEqualTo("the error value #N/A instead of a value");
        assertThat(rec.rawText()).isEqualTo("影楼客户,13800135678,1234.5,0.1,0.30000000000000004,100,0.0000001,-2.5,46300,true,false,#N/A");
    }

    @Test
    void dateFormattedNumbersBecomeIsoText() throws Exception {
        Path f = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var fmt = wb.getCreationHelper().createDataFormat();
            CellStyle day = style(wb, fmt.getFormat("yyyy-mm-dd"));
            CellStyle stamp = style(wb, fmt.getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle builtin = style(wb, (short) 14); // m/d/yy, built in
            CellStyle chinese = style(wb, fmt.getFormat("yyyy\"年\"m\"月\"d\"日\""));
            var sheet = wb.createSheet("s");
            var h = sheet.createRow(0);
            for (int i = 0; i < 5; i++) {
                h.createCell(i).setCellValue("c" + i);
            }
            var r = sheet.createRow(1);
            cell(r, 0, day).setCellValue(LocalDate.of(2026, 10, 5));
            cell(r, 1, stamp).setCellValue(LocalDateTime.of(2026, 10, 5, 9, 30, 15));
            cell(r, 2, stamp).setCellValue(LocalDateTime.of(2026, 10, 6, 0, 0)); // midnight: the date alone
            cell(r, 3, builtin).setCellValue(LocalDate.of(2026, 2, 28));
            cell(r, 4, chinese).setCellValue(LocalDate.of(2026, 12, 31));
            write(wb, f);
        }
        assertThat(readAll(f, 0).get(0).cells())
                .containsExactly("2026-10-05", "2026-10-05 09:30:15", "2026-10-06", "2026-02-28", "2026-12-31");
    }

    @Test
    void theWorkbooks1904DateSystemIsHonoured() throws Exception {
        Path f = dir.resolve("1904.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle day = style(wb, wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("d");
            var r = sheet.createRow(1);
            cell(r, 0, day).setCellValue(LocalDate.of(2026, 10, 5));
            write(wb, f);
        }
        assertThat(readAll(f, 0).get(0).cells()).containsExactly("2026-10-05");
    }

    @Test
    void formulasGiveTheirCachedResult() throws Exception {
        Path f = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle day = style(wb, wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("s");
            var h = sheet.createRow(0);
            for (int i = 0; i < 5; i++) {
                h.createCell(i).setCellValue("c" + i);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellFormula("1.5+2.25");
            r.createCell(1).setCellFormula("\"S\"&\"01\"");
            r.createCell(2).setCellFormula("1>0");
            cell(r, 3, day).setCellFormula("DATE(2026,10,5)");
            r.createCell(4).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(wb, f);
        }
        RawRecord rec = readAll(f, 0).get(0);
        assertThat(rec.cells()).containsExactly("3.75", "S01", "true", "2026-10-05", null);
        assertThat(rec.badCells()).containsExactly(null, null, null, null, "the error value #DIV/0! instead of a value");
        assertThat(rec.rawText()).isEqualTo("3.75,S01,true,2026-10-05,#DIV/0!");
    }

    @Test
    void aFormulaWithoutACalculatedValueIsNoValueAndSaysSo() throws Exception {
        // as written by libraries that store formulas without calculating them (Excel itself always caches a value)
        Path f = rawXlsx("uncached.xlsx",
                "<row r=\"1\">" + is("A1", "id") + is("B1", "amount") + is("C1", "label") + "</row>"
                        + "<row r=\"2\">" + is("A2", "K1") + "<c r=\"B2\"><f>C2*2</f></c>"
                        + "<c r=\"C2\" t=\"str\"><f>IF(1,\"\",\"x\")</f><v></v></c></row>"
                        // a row of nothing but uncalculated formulas is a blank row, not a record
                        + "<row r=\"3\"><c r=\"A3\"><f>A2</f></c><c r=\"B3\"><f>B2</f><v></v></c></row>"
                        + "<row r=\"4\">" + is("A4", "K2") + "<c r=\"B4\"><f>1+1</f><v>2</v></c></row>",
                null, null, null);
        List<RawRecord> recs = readAll(f, 0);
        assertThat(recs).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(recs.get(0).cells()).containsExactly("K1", null, "");
        assertThat(recs.get(0).badCells()[1]).contains("a formula =C2*2 without a calculated value");
        assertThat(recs.get(0).badCells()[2]).as("an empty string is a calculated text result").isNull();
        assertThat(recs.get(0).rawText()).isEqualTo("K1,=C2*2");
        assertThat(recs.get(1).cells()).containsExactly("K2", "2", null);
        assertThat(recs.get(1).badCells()).isNull();
    }

    @Test
    void identifiersStoredAsNumbersBeyondExcelsPrecisionShowAsScientific() throws Exception {
        Path f = rawXlsx("ids.xlsx",
                "<row r=\"1\">" + is("A1", "id") + is("B1", "phone") + "</row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>460123456789012000</v></c><c r=\"B2\"><v>13800135678</v></c></row>",
                null, null, null);
        String[] cells = readAll(f, 0).get(0).cells();
        assertThat(cells[0]).matches("4\\.601234567890\\d*E17");
        assertThat(cells[1]).isEqualTo("13800135678");
    }

    @Test
    void eachSheetIsReadOnItsOwn() throws Exception {
        Path f = dir.resolve("sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var first = wb.createSheet("first");
            first.createRow(0).createCell(0).setCellValue("a");
            first.createRow(1).createCell(0).setCellValue("1");
            var second = wb.createSheet("second");
            second.createRow(0).createCell(0).setCellValue("b");
            second.createRow(1).createCell(0).setCellValue("2");
            second.createRow(2).createCell(0).setCellValue("3");
            write(wb, f);
        }
        assertThat(header(f, 0)).containsExactly("a");
        assertThat(readAll(f, 0)).extracting(rec -> rec.cells()[0]).containsExactly("1");
        List<String> second = new ArrayList<>();
        try (XlsxTableReader r = new XlsxTableReader(f, 0, 1)) {
            assertThat(r.header()).containsExactly("b");
            for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                second.add(rec.line() + ":" + rec.cells()[0]);
            }
        }
        assertThat(second).containsExactly("2:2", "3:3");
        assertThat(XlsxTableReader.sheetNames(f)).containsExactly("first", "second");
    }

    @Test
    void anEmptyFirstSheetHasAnEmptyHeaderAndTheNextSheetItsOwn() throws Exception {
        Path f = dir.resolve("empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var first = wb.createSheet("first");
            first.createRow(2); // a row without cells is blank
            wb.createSheet("second").createRow(0).createCell(0).setCellValue("b");
            write(wb, f);
        }
        assertThat(header(f, 0)).isEmpty();
        assertThat(header(f, 0)).isEmpty();
        try (XlsxTableReader r = new XlsxTableReader(f, 0, 1)) {
            assertThat(r.header()).containsExactly("b");
        }
        assertThat(XlsxTableReader.sheetNames(f)).containsExactly("first", "second");
    }

    @Test
    void aWorkbookWithoutSheets() throws Exception {
        Path f = dir.resolve("nosheet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            write(wb, f);
        }
        assertFails(f, "nosheet.xlsx: the workbook has no sheet");
    }

    @Test
    void truncatedCorruptAndForeignFilesAreNotReadableWorkbooks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("a");
            wb.write(out);
        }
        byte[] full = out.toByteArray();
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(full, full.length / 2));
        assertFails(truncated, "truncated.xlsx: not a readable XLSX workbook (truncated or corrupt: ");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        Path foreignZip = Files.write(dir.resolve("zip.xlsx"), zip.toByteArray());
        assertFails(foreignZip, "zip.xlsx: not a readable XLSX workbook (truncated or corrupt: ");

        Path ole2 = dir.resolve("ole2.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(ole2)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "Something");
            fs.writeFilesystem(o);
        }
        assertFails(ole2, "ole2.xlsx: not a readable XLSX workbook (truncated or corrupt: ");
    }

    @Test
    void aWorkbookThatLostItsZipDirectoryIsNotReadable() throws Exception {
        // Only the end of the central directory is cut: every part is still complete. POI would fall back to
        // scanning the zip stream and hold every part in memory; the reader reports the file instead.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("a");
            sheet.createRow(1).createCell(0).setCellValue("1");
            wb.write(out);
        }
        byte[] full = out.toByteArray();
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(full, full.length - 10));
        assertFails(cut, "cut.xlsx: not a readable XLSX workbook (truncated or corrupt: ");
    }

    @Test
    void aCorruptPartIsAFileLevelErrorAndTheExportIsLeftUntouched() throws Exception {
        // The package opens, its styles part does not parse. A reader that opens the package for writing would
        // save it back over the export when it gives up (POI's OPCPackage.close), changing its bytes and checksum.
        Path f = rawXlsx("badstyles.xlsx", "<row r=\"1\">" + is("A1", "a") + "</row>", null, "<cellXfs><xf numFmtId=\"0\"", null);
        String before = sha256(f);
        assertFails(f, "badstyles.xlsx: not a readable XLSX workbook (truncated or corrupt: ");
        assertThat(sha256(f)).as("SHA-256 of the export after the failed read").isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path f = encrypted("secret.xlsx", "secret");
        assertFails(f, "secret.xlsx: the workbook is password-protected; save it without a password and retry");
    }

    private Path encrypted(String name, String password) throws Exception {
        Path f = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
                var sheet = wb.createSheet("s");
                sheet.createRow(0).createCell(0).setCellValue("a");
                sheet.createRow(1).createCell(0).setCellValue("1");
                wb.write(os);
            }
            try (OutputStream o = Files.newOutputStream(f)) {
                fs.writeFilesystem(o);
            }
        }
        return f;
    }

    private static void assertFails(Path f, String message) {
        assertThatThrownBy(() -> new XlsxTableReader(f, 0).close())
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file " + message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static CellStyle style(XSSFWorkbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    private static org.apache.poi.ss.usermodel.Cell cell(org.apache.poi.ss.usermodel.Row r, int i, CellStyle s) {
        var c = r.createCell(i);
        c.setCellStyle(s);
        return c;
    }

    private static void write(XSSFWorkbook wb, Path f) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
    }

    /**
     * A minimal workbook written by hand, for what POI's writer never produces (inline strings, omitted cell
     * references, rows without cells). Optional parts are left out when null.
     */
    private Path rawXlsx(String name, String sheetData, String sharedStrings, String styles, String workbookPr)
            throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>");
        StringBuilder wbRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct + "sharedStrings+xml\"/>");
            wbRels.append("<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">"
                    + sharedStrings + "</sst>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/>");
            wbRels.append("<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main + "\">"
                    + styles + "</styleSheet>");
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/_rels/workbook.xml.rels", wbRels.append("</Relationships>").toString());
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                + "\">" + (workbookPr == null ? "" : workbookPr)
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }
}
