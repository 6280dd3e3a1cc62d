package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 300,000-row sheet read in a JVM whose heap is capped at {@value #HEAP}: far below what a reader holding the
 * sheet needs (POI's DOM model, the reader before, holds about 2 GB live for this sheet and fails with
 * OutOfMemoryError under this cap), so passing proves the reader streams. The child prints count, row numbers, samples and a CRC-32 of every
 * raw text, all checked against what was written.
 */
class XlsxTableReaderLargeSheetTest {

    static final int ROWS = 300_000;
    static final String HEAP = "-Xmx64m";
    static final String[] HEADER = {"客户编号", "客户姓名", "联系电话", "客户类型", "门店编码", "会员等级", "入会日期", "积分"};
    static final String[] TYPES = {"影楼客户", "业主", "访客"};
    static final String[] LEVELS = {"非会员", "会员", "VIP会员"};

    @TempDir
    Path dir;

    /** Excel row number (1-based) of data row i (0-based): every 1000th row is left out, so numbers jump. */
    static long excelRow(int i) {
        return 2L + i + i / 999;
    }

    /** Raw text as the reader must give it back: the written cells joined by commas, trailing blanks trimmed. */
    static String rawText(int i) {
        String name = (i % 7 == 3) ? "" : "客户" + i; // a blank middle cell now and then
        String since = (i % 5 == 0) ? "" : LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString();
        String points = (i % 4 == 0) ? "" : (i % 100) + "." + (i % 10) + "5";
        List<String> cells = new ArrayList<>(List.of(String.format("K%07d", i), name, String.valueOf(13_800_000_000L + i),
                TYPES[i % 3], "S0" + (i % 8), LEVELS[i % 3], since, points));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return String.join(",", cells);
    }

    private Path write() throws IOException {
        Path f = dir.resolve("customers_large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(f)) {
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("客户");
            var h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                var r = sheet.createRow((int) excelRow(i) - 1);
                r.createCell(0).setCellValue(String.format("K%07d", i));
                if (i % 7 != 3) {
                    r.createCell(1).setCellValue("客户" + i);
                }
                r.createCell(2).setCellValue(13_800_000_000d + i);
                r.createCell(3).setCellValue(TYPES[i % 3]);
                r.createCell(4).setCellValue("S0" + (i % 8));
                r.createCell(5).setCellValue(LEVELS[i % 3]);
                if (i % 5 != 0) {
                    var c = r.createCell(6);
                    c.setCellValue(LocalDate.of(2020, 1, 1).plusDays(i % 2000));
                    c.setCellStyle(day);
                }
                if (i % 4 != 0) {
                    r.createCell(7).setCellValue(Double.parseDouble((i % 100) + "." + (i % 10) + "5"));
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return f;
    }

    @Test
    void aSheetOf300000RowsIsReadInA64MbHeap() throws Exception {
        Path f = write();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), XlsxReadAll.class.getName(),
                f.toString(), "1", "4", "1000", String.valueOf(ROWS));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        CRC32 crc = new CRC32();
        long lineSum = 0;
        for (int i = 0; i < ROWS; i++) {
            crc.update(rawText(i).getBytes(StandardCharsets.UTF_8));
            crc.update('\n');
            lineSum += excelRow(i);
        }
        assertThat(out).contains("header=" + String.join("|", HEADER));
        assertThat(out).contains("record 1 line=2 cells=[K0000000, 客户0, 13800000000, 影楼客户, S00, 非会员, null, null]");
        assertThat(out).contains("record 4 line=5 cells=[K0000003, null, 13800000003, 影楼客户, S03, 非会员, 2020-01-04, 3.35]");
        assertThat(out).contains("record 1000 line=" + excelRow(999) + " cells=[K0000999, 客户999, 13800000999, 影楼客户, S07, 非会员, "
                + LocalDate.of(2020, 1, 1).plusDays(999) + ", 99.95]");
        assertThat(excelRow(999)).isEqualTo(1002L); // row 1001 was left out
        assertThat(out).contains("count=" + ROWS + " first=2 last=" + excelRow(ROWS - 1) + " lineSum=" + lineSum
                + " crc=" + Long.toHexString(crc.getValue()));
    }
}
