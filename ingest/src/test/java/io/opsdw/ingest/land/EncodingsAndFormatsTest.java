package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.testing.TestSpark;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GBK, Big5 (traditional headers and codes), UTF-8 with BOM and bare-CR endings, and XLSX, in one month. */
class EncodingsAndFormatsTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final String[] NAMES = {"星光影楼", "江南售楼处", "滨江物业服务中心", "西湖婚纱摄影", "钱塘营销中心",
            "城东管理处", "湖滨影楼", "之江售楼部", "运河物业", "良渚摄影工作室"};

    @TempDir
    static Path tmp;
    static LakeLayout lake;
    static IngestReport report;

    @BeforeAll
    static void ingest() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        StringBuilder sites = new StringBuilder("门店编码,门店名称,业态,城市,公司\n");
        for (int i = 0; i < NAMES.length; i++) {
            String line = i % 3 == 0 ? "影楼" : i % 3 == 1 ? "售楼处" : "物业";
            sites.append("S0").append(i).append(',').append(NAMES[i]).append(',').append(line).append(",杭州市,浙江星光文化传媒有限公司\n");
        }
        Files.write(dir.resolve("sites_2026-10.csv"), sites.toString().getBytes(Charset.forName("GBK")));

        StringBuilder depts = new StringBuilder("部門編碼,部門名稱,業態,上級部門\n");
        String[] deptNames = {"攝影部", "化妝部", "客戶服務部", "門市部", "後期製作部", "禮服部", "選片部", "財務部"};
        for (int i = 0; i < deptNames.length; i++) {
            depts.append("D0").append(i).append(',').append(deptNames[i]).append(",影樓,\n");
        }
        Files.write(dir.resolve("departments_2026-10.csv"), depts.toString().getBytes(Charset.forName("Big5")));

        String complaints = "\uFEFF投诉编号,门店编码,投诉时间,投诉渠道,记录类型,投诉内容,是否成立,严重程度,责任部门\r"
                + "C1,S00,2026-10-05 10:00:00,来访,投诉,\"化妆师迟到\r客户等了一小时\",成立,一般,D01\r"
                + "C2,S01,2026/10/6 9:30,来电,建议,希望延长营业时间,待定,一般,D02\r";
        Files.write(dir.resolve("complaints_2026-10.csv"), complaints.getBytes(StandardCharsets.UTF_8));

        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("customers_2026-10.xlsx"))) {
            var sheet = wb.createSheet("客户");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"客户编号", "客户姓名", "联系电话", "客户类型", "门店编码", "会员等级", "入会日期"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("K1");
            r1.createCell(1).setCellValue("张三");
            r1.createCell(2).setCellValue(13800135678d);
            r1.createCell(3).setCellValue("影楼客户");
            r1.createCell(4).setCellValue("S00");
            r1.createCell(5).setCellValue("会员");
            var c = r1.createCell(6);
            c.setCellValue(LocalDate.of(2026, 10, 5));
            c.setCellStyle(dateStyle);
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("K2");
            r2.createCell(3).setCellValue("业主");
            r2.createCell(5).setCellValue("VIP会员");
            r2.createCell(6).setCellValue(46300d); // an Excel serial without a date format
            Row r3 = sheet.createRow(4); // a blank row in between is skipped
            r3.createCell(0).setCellValue("K3");
            r3.createCell(3).setCellValue("访客");
            r3.createCell(5).setCellValue("非会员");
            r3.createCell(6).setCellValue("2026年10月5日");
            wb.write(out);
        }
        lake = new LakeLayout(tmp.resolve("lake"));
        report = new IngestJob(TestSpark.get(), lake)
                .run(new IngestRequest(OCT, tmp.resolve("in"), Optional.empty(), Optional.empty(), "enc"));
    }

    private static SourceResult result(String source) {
        return report.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void everyEncodingIsDetectedAndEveryRowAccepted() {
        for (String s : List.of("sites", "departments", "complaints", "customers")) {
            SourceResult r = result(s);
            assertThat(r.quarantined()).as(s + " " + r.quarantinedByReason()).isZero();
            assertThat(r.rowsRead()).isEqualTo(r.accepted());
        }
        assertThat(result("sites").accepted()).isEqualTo(10);
        assertThat(result("departments").accepted()).isEqualTo(8);
        assertThat(result("complaints").accepted()).isEqualTo(2);
        assertThat(result("customers").accepted()).isEqualTo(3);
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("sites", OCT)).files().get(0).encoding()).isEqualTo("GB18030");
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("departments", OCT)).files().get(0).encoding()).startsWith("Big5");
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("customers", OCT)).files().get(0).encoding()).isEqualTo("xlsx");
    }

    @Test
    void textSurvivesDecodingAndCodesMatchAcrossScripts() {
        var spark = TestSpark.get();
        Map<String, String> sites = spark.read().parquet(lake.raw("sites", OCT).toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("site_code"), r -> r.getAs("site_name")));
        assertThat(sites).containsEntry("S02", "滨江物业服务中心");
        var depts = spark.read().parquet(lake.raw("departments", OCT).toString()).collectAsList();
        assertThat(depts).allSatisfy(r -> assertThat(r.<String>getAs("business_line")).isEqualTo("studio"));
        assertThat(depts).anySatisfy(r -> assertThat(r.<String>getAs("dept_name")).isEqualTo("攝影部"));
        var c1 = spark.read().parquet(lake.raw("complaints", OCT).toString()).filter("complaint_id = 'C1'").first();
        assertThat(c1.<String>getAs("content")).isEqualTo("化妆师迟到\r客户等了一小时");
        assertThat(c1.<Long>getAs("_source_line")).isEqualTo(2L);
        var c2 = spark.read().parquet(lake.raw("complaints", OCT).toString()).filter("complaint_id = 'C2'").first();
        assertThat(c2.<Long>getAs("_source_line")).isEqualTo(4L);
    }

    @Test
    void spreadsheetDatesSerialsAndNumbersAreRead() {
        var rows = TestSpark.get().read().parquet(lake.raw("customers", OCT).toString()).orderBy("customer_id").collectAsList();
        assertThat(rows).extracting(r -> r.getAs("member_since").toString())
                .containsExactly("2026-10-05", "2026-10-05", "2026-10-05");
        assertThat(rows.get(0).<String>getAs("phone")).isEqualTo("13800135678");
        assertThat(rows.get(1).<String>getAs("membership")).isEqualTo("vip");
        assertThat(rows.get(2).<Long>getAs("_source_line")).isEqualTo(5L);
    }
}
