package io.opsdw.ingest.land;

import static io.opsdw.ingest.testing.Complaints.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.FileEntry;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.testing.Complaints;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of the problems in issue 13, as a small export whose landed values are checked one by one (the bad-export
 * corpus checks the counts of the same classes): what lands is what was written, and what cannot be read is
 * quarantined, refused, or listed, never lost or misread.
 */
class IntegrityFixturesTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final String SITES = "门店编码,门店名称,业态,时区\nS01,星光影楼,影楼,Asia/Shanghai\nS02,伦敦影楼,影楼,Europe/London\nS03,江南售楼处,售楼处,\n";

    @TempDir
    Path tmp;

    private Path in(Map<String, byte[]> files) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        for (var f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        return tmp.resolve("in");
    }

    private static Map<String, byte[]> files(Object... nameAndText) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Object v = nameAndText[i + 1];
            m.put((String) nameAndText[i], v instanceof byte[] b ? b : ((String) v).getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    private LakeLayout lake() {
        return new LakeLayout(tmp.resolve("lake"));
    }

    private IngestReport ingest(Path in, IngestOptions options, Optional<Path> mapping, boolean allowEmpty) {
        return new IngestJob(TestSpark.get(), lake(), options)
                .run(new IngestRequest(OCT, in, Optional.empty(), mapping, "fixture", allowEmpty));
    }

    private IngestReport ingest(Path in) {
        return ingest(in, IngestOptions.defaults().withMaxQuarantineShare(1.0), Optional.empty(), false);
    }

    private Map<String, Row> raw(String source, String key) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row r : TestSpark.get().read().parquet(lake().raw(source, OCT).toString()).orderBy(key).collectAsList()) {
            out.put(r.getAs(key), r);
        }
        return out;
    }

    private List<Row> quarantine(String source) {
        return TestSpark.get().read().parquet(lake().quarantine(source, OCT).toString()).orderBy("_source_file", "_source_line")
                .collectAsList();
    }

    @Test
    void brokenQuotingSpoilsOnlyItsOwnRecordAndEveryOtherValueLandsAsWritten() throws Exception {
        String[] lines = {
                row("C1"),
                Complaints.line(Complaints.cells("C2")).replace("化妆师迟到", "\"双十一\"套餐太贵"),
                row("C3", "content", "他说\"太慢了\"，还有,逗号"),
                Complaints.line(Complaints.cells("C4")).replace("化妆师迟到", "\"他说\\\"太慢了\\\"\""),
                row("C5", "content", "第一行\r\n第二行"),
                Complaints.line(Complaints.cells("C6")).replace("化妆师迟到", "\"迟到\" "),
                Complaints.line(Complaints.cells("C7")).replace("化妆师迟到", "\"从未闭合"),
                row("C8"),
        };
        ingest(in(files("complaints_2026-10.csv", Complaints.csv(lines))));
        Map<String, Row> landed = raw("complaints", "complaint_id");
        assertThat(landed).containsOnlyKeys("C1", "C3", "C5", "C8");
        assertThat(landed.get("C3").<String>getAs("content")).isEqualTo("他说\"太慢了\"，还有,逗号");
        assertThat(landed.get("C5").<String>getAs("content")).isEqualTo("第一行\r\n第二行");
        assertThat(landed.get("C8").<Long>getAs("_source_line")).isEqualTo(10L);
        List<Row> q = quarantine("complaints");
        assertThat(q).extracting(r -> r.<Long>getAs("_source_line")).containsExactly(3L, 5L, 8L, 9L);
        assertThat(q).allSatisfy(r -> {
            assertThat(r.<String>getAs("reason_code")).isEqualTo("MALFORMED_ROW");
            assertThat(r.<String>getAs("reason_field")).isEqualTo("content");
        });
        assertThat(q.get(0).<String>getAs("raw_text")).isEqualTo(lines[1]);
        assertThat(q.get(3).<String>getAs("raw_text")).isEqualTo(lines[6]);
        assertThat(q.get(3).<String>getAs("reason_detail")).contains("column 9: a quoted value is not closed");
    }

    @Test
    void aRepeatedHeaderInAnotherOrderRebindsTheRowsBelowIt() throws Exception {
        List<String> header = new ArrayList<>(Complaints.HEADER);
        List<String> c3 = Complaints.cells("C3", "customer_name", "李四", "customer_phone", "13900000003",
                "resolved_at", "2026-10-06 10:00:00", "closed_at", "2026-10-07 10:00:00");
        // the second export has name/phone and resolved/closed the other way round
        swap(header, 6, 7);
        swap(c3, 6, 7);
        swap(header, 17, 21);
        swap(c3, 17, 21);
        String text = Complaints.csv(row("C1"), row("C2")) + String.join(",", header) + "\n" + Complaints.line(c3) + "\n";
        ingest(in(files("complaints_2026-10.csv", text)));
        Row landed = raw("complaints", "complaint_id").get("C3");
        assertThat(landed.<String>getAs("customer_name")).isEqualTo("李四");
        assertThat(landed.<String>getAs("customer_phone")).isEqualTo("13900000003");
        assertThat(landed.getAs("resolved_at").toString()).isEqualTo("2026-10-06T10:00");
        assertThat(landed.getAs("closed_at").toString()).isEqualTo("2026-10-07T10:00");
        assertThat(quarantine("complaints")).singleElement().satisfies(r -> {
            assertThat(r.<String>getAs("reason_code")).isEqualTo("REPEATED_HEADER");
            assertThat(r.<Long>getAs("_source_line")).isEqualTo(4L);
            assertThat(r.<String>getAs("reason_detail")).contains("in another order");
        });
    }

    private static void swap(List<String> l, int a, int b) {
        String t = l.get(a);
        l.set(a, l.get(b));
        l.set(b, t);
    }

    @Test
    void instantsLandAsTheWallClockOfTheirSite() throws Exception {
        ingest(in(files("sites_2026-10.csv", SITES, "complaints_2026-10.csv", Complaints.csv(
                row("C1", "received_at", "2026-10-05T02:00:00Z"),
                row("C2", "site_code", "S02", "received_at", "2026-10-05T09:00:00Z"),
                row("C3", "site_code", "S03", "received_at", "2026-10-05T01:00:00Z"),
                row("C4", "received_at", "2026-10-05 10:00:00+08:00", "resolved_at", "2026-10-05 03:00 UTC"),
                row("C5", "received_at", "2026-10-31T18:30:00Z"),
                row("C6", "received_at", "2026-10-05 10:00")))),
                IngestOptions.defaults().withMaxQuarantineShare(1.0).withDefaultZone(ZoneId.of("Asia/Tokyo")), Optional.empty(), false);
        Map<String, Row> landed = raw("complaints", "complaint_id");
        assertThat(landed.get("C1").getAs("received_at").toString()).as("Shanghai, UTC+8").isEqualTo("2026-10-05T10:00");
        assertThat(landed.get("C2").getAs("received_at").toString()).as("London, summer time").isEqualTo("2026-10-05T10:00");
        assertThat(landed.get("C3").getAs("received_at").toString()).as("no zone of its own: dw.time-zone").isEqualTo("2026-10-05T10:00");
        assertThat(landed.get("C4").getAs("received_at").toString()).isEqualTo("2026-10-05T10:00");
        assertThat(landed.get("C4").getAs("resolved_at").toString()).isEqualTo("2026-10-05T11:00");
        assertThat(landed.get("C6").getAs("received_at").toString()).as("a wall clock stays as written").isEqualTo("2026-10-05T10:00");
        assertThat(quarantine("complaints")).singleElement().satisfies(r -> {
            assertThat(r.<String>getAs("reason_code")).isEqualTo("OUT_OF_PERIOD");
            assertThat(r.<String>getAs("reason_detail")).contains("2026-11-01T02:30");
        });
        assertThat(raw("sites", "site_code").get("S02").<String>getAs("time_zone")).isEqualTo("Europe/London");
    }

    @Test
    void aSiteTimeZoneThatIsNoIanaIdIsQuarantined() throws Exception {
        ingest(in(files("sites_2026-10.csv", "门店编码,门店名称,业态,时区\nS01,星光影楼,影楼,Beijing\nS02,伦敦影楼,影楼,Europe/London\n")));
        assertThat(quarantine("sites")).singleElement().satisfies(r -> {
            assertThat(r.<String>getAs("reason_code")).isEqualTo("UNKNOWN_CODE");
            assertThat(r.<String>getAs("reason_field")).isEqualTo("time_zone");
        });
    }

    @Test
    void identifiersAreNormalisedExactlyLikeCodes() throws Exception {
        ingest(in(files("complaints_2026-10.csv", Complaints.csv(
                row("TS2026002", "customer_phone", "13800135678\u00a0"),
                row("TS2026002\u00a0"), row("ＴＳ２０２６００２"), row("TS2026\u200b002"), row("=\"TS2026002\""),
                row("=\"TS2026003\"", "customer_phone", "=\"013800135678\"", "channel", "来访\u200b"),
                row("TS2026004", "customer_phone", "1.38001E+10")))));
        Map<String, Row> landed = raw("complaints", "complaint_id");
        assertThat(landed).containsOnlyKeys("TS2026002", "TS2026003");
        assertThat(landed.get("TS2026002").<String>getAs("customer_phone")).isEqualTo("13800135678");
        assertThat(landed.get("TS2026003").<String>getAs("customer_phone")).isEqualTo("013800135678");
        assertThat(landed.get("TS2026003").<String>getAs("channel")).isEqualTo("walk_in");
        Map<String, Long> reasons = new LinkedHashMap<>();
        quarantine("complaints").forEach(r -> reasons.merge(r.<String>getAs("reason_code"), 1L, Long::sum));
        assertThat(reasons).containsOnly(Map.entry("DUPLICATE_KEY", 4L), Map.entry("BAD_IDENTIFIER", 1L));
    }

    @Test
    void everySheetWithTheHeaderIsReadAndTheOthersAreListed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "10月上", Complaints.HEADER, Complaints.cells("C1"), Complaints.cells("C2"));
            sheet(wb, "说明", List.of("本表由客服部导出"), List.of("联系人：王"));
            sheet(wb, "10月下", Complaints.HEADER, Complaints.cells("C3", "content", "下半月"));
            try (var out = Files.newOutputStream(dir.resolve("complaints_2026-10.xlsx"))) {
                wb.write(out);
            }
        }
        IngestReport report = ingest(tmp.resolve("in"));
        Map<String, Row> landed = raw("complaints", "complaint_id");
        assertThat(landed).containsOnlyKeys("C1", "C2", "C3");
        assertThat(landed.get("C3").<String>getAs("content")).isEqualTo("下半月");
        assertThat(landed.get("C3").<String>getAs("_source_file")).isEqualTo("complaints_2026-10.xlsx#10月下");
        assertThat(landed.get("C3").<Long>getAs("_source_line")).isEqualTo(2L);
        SourceResult r = report.sources().get(0);
        assertThat(r.notices()).singleElement().asString().contains("sheet '说明' not read");
        FileEntry f = ManifestIO.read(TestSpark.lakeFs(), lake().manifest("complaints", OCT)).files().get(0);
        assertThat(f.rowsCounted()).isEqualTo(3);
        assertThat(f.sheets()).extracting(s -> s.name() + ":" + s.read() + ":" + s.rowsCounted())
                .containsExactly("10月上:true:2", "说明:false:2", "10月下:true:1");
    }

    private static void sheet(XSSFWorkbook wb, String name, List<String> header, List<?>... rows) {
        var sheet = wb.createSheet(name);
        List<List<?>> all = new ArrayList<>();
        all.add(header);
        all.addAll(List.of(rows));
        for (int i = 0; i < all.size(); i++) {
            var r = sheet.createRow(i);
            for (int c = 0; c < all.get(i).size(); c++) {
                String v = String.valueOf(all.get(i).get(c));
                if (!v.isEmpty()) {
                    r.createCell(c).setCellValue(v);
                }
            }
        }
    }

    @Test
    void aSmallGbkFileWithEnglishHeadersIsReadAsGbk() throws Exception {
        String text = "complaint_id,site,received,渠道,类型,content,成立,级别\n"
                + "C1,S01,2026-10-05 10:00,来访,投诉,等了很久,成立,一般\nC2,S01,2026-10-06 10:00,来电,建议,好,不成立,重大\n";
        ingest(in(files("complaints_2026-10.csv", text.getBytes(Charset.forName("GBK")))));
        Map<String, Row> landed = raw("complaints", "complaint_id");
        assertThat(landed.get("C1").<String>getAs("content")).isEqualTo("等了很久");
        assertThat(landed.get("C2").<String>getAs("channel")).isEqualTo("phone");
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake().manifest("complaints", OCT)).files().get(0).encoding())
                .isEqualTo("GB18030");
    }

    @Test
    void aWesternSingleByteFileIsReadOnlyWhenAMappingDeclaresIt() throws Exception {
        String text = "complaint_id,site,received,channel,record_type,content,validity,severity\n"
                + "C1,S01,2026-10-05 10:00,walk_in,complaint,Müller waited in the café,valid,normal\n";
        Path in = in(files("complaints_2026-10.csv", text.getBytes(Charset.forName("windows-1252"))));
        assertThatThrownBy(() -> ingest(in)).isInstanceOf(IngestException.class)
                .hasMessageContaining("complaints_2026-10.csv").hasMessageContaining("declare");
        Path mapping = Files.writeString(tmp.resolve("m.yml"), "sources:\n  complaints:\n    encoding: windows-1252\n");
        ingest(in, IngestOptions.defaults(), Optional.of(mapping), false);
        assertThat(raw("complaints", "complaint_id").get("C1").<String>getAs("content")).isEqualTo("Müller waited in the café");
    }

    @Test
    void aMonthIsNotReplacedByAHeaderOnlyExportUnlessAllowed() throws Exception {
        Path in = in(files("complaints_2026-10.csv", Complaints.csv(row("C1"), row("C2"))));
        ingest(in);
        Files.writeString(in.resolve("2026-10/complaints_2026-10.csv"), Complaints.csv());
        assertThatThrownBy(() -> ingest(in)).isInstanceOf(IngestException.class)
                .hasMessageContaining("no data rows").hasMessageContaining("2 rows landed").hasMessageContaining("--allow-empty");
        assertThat(raw("complaints", "complaint_id")).containsOnlyKeys("C1", "C2");
        ingest(in, IngestOptions.defaults(), Optional.empty(), true);
        assertThat(raw("complaints", "complaint_id")).isEmpty();
    }

    @Test
    void aSourceMostlyQuarantinedIsNotLanded() throws Exception {
        Path in = in(files("complaints_2026-10.csv", Complaints.csv(row("C1"), row("C2"))));
        ingest(in, IngestOptions.defaults(), Optional.empty(), false);
        Files.writeString(in.resolve("2026-10/complaints_2026-10.csv"), Complaints.csv(row("C1", "channel", "微信"),
                row("C2", "channel", "微信"), row("C3", "received_at", "上周五"), row("C4"),
                row("C9", "received_at", "2026-09-05 10:00")));
        assertThatThrownBy(() -> ingest(in, IngestOptions.defaults(), Optional.empty(), false))
                .isInstanceOf(IngestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .contains("3 of 4 rows of the month (75 %)", "dw.ingest.max-quarantine-share (50 %)",
                                "UNKNOWN_CODE 2 (mostly channel)", "BAD_DATE 1 (mostly received_at)", "mapping"));
        assertThat(raw("complaints", "complaint_id")).as("the month landed before is kept").containsOnlyKeys("C1", "C2");
    }

    @Test
    void aCorruptSheetIsOneLineOnTheParallelPathToo() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        // a second source of the same wave, so both land at once on the thread pool
        Files.writeString(dir.resolve("visitor_counts_2026-10.csv"), "门店编码,日期,来电次数,来访次数\nS01,2026-10-01,12,5\n");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "s", Complaints.HEADER, Complaints.cells("C1"));
            try (var out = Files.newOutputStream(dir.resolve("complaints_2026-10.xlsx"))) {
                wb.write(out);
            }
        }
        // a shared string the workbook does not have, in a data row: found while the rows are read, in a Spark task
        io.opsdw.ingest.testing.Zips.rewrite(dir.resolve("complaints_2026-10.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$19999$2"));
        assertThatThrownBy(() -> ingest(tmp.resolve("in"))).isInstanceOf(IngestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception:")
                        .startsWith("file complaints_2026-10.xlsx: ").hasSizeLessThan(300));
    }
}
