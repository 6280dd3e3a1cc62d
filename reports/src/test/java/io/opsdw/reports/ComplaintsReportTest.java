package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complaint classification report against the fixture warehouse. Expected figures come from the test's
 * own SQL on the fact table, not from the report's SQL files.
 */
class ComplaintsReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");
    static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;
    static String zhAll;
    static String enAll;
    static String zhSite;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        out = tmp.resolve("out");
        List<Path> files = new ReportService().render(request(OCT, List.of("S01"), true, List.of(ZH, Locale.ENGLISH), List.of("pdf")));
        assertThat(files).hasSize(2 * 4);
        zhAll = Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"));
        enAll = Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"));
        zhSite = Pdfs.text(out.resolve("complaints_2026-10_S01_zh-CN.pdf"));
    }

    static ReportRequest request(YearMonth period, List<String> sites, boolean allSites, List<Locale> locales,
                                 List<String> formats) {
        return new ReportRequest(warehouse, period, List.of("complaints"), sites, allSites, locales, formats, out,
                Instant.parse("2026-11-23T01:58:00Z"));
    }

    /** Complaints (record type 投诉) matching a condition, counted on the fact table, not through the views. */
    static long n(String where) throws Exception {
        return Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint f JOIN dim_site s USING (site_key) "
                + "JOIN dim_complaint_category c USING (complaint_category_key) WHERE c.record_type = 'complaint' AND " + where);
    }

    static String pct(long num, long den) {
        return new DecimalFormat("0.0%").format((double) num / den);
    }

    @Test
    void chineseLabelsPageFrameAndRunIdArePrinted() throws Exception {
        int pages = Pdfs.pages(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"));
        assertThat(zhAll).contains("顾客投诉分类统计表", "投诉总量及环比 / 同比", "责任部门 × 原因类型", "按投诉渠道", "重大投诉清单",
                "时效达标情况", "近12个月趋势 (含去年同期)", "投诉原因排列图", "全公司", "统计期间: 2026-10",
                "生成时间 2026-11-23 01:58 UTC", "数据批次 run-20261101-0001", "第 1 页 / 共 " + pages + " 页",
                "第 " + pages + " 页 / 共 " + pages + " 页");
        assertThat(enAll).contains("Complaint classification report", "All sites", "Page 1 of", "SLA compliance",
                "Responsible department × cause type");
    }

    @Test
    void totalsMatchAnIndependentCountWithMonthAndYearChange() throws Exception {
        String[][] measures = {{"受理投诉", "true"}, {"有效投诉", "c.validity = 'valid'"}, {"无效投诉", "c.validity = 'invalid'"},
                {"未关闭", "NOT f.is_closed"}, {"已关闭", "f.is_closed"}};
        for (String[] m : measures) {
            long cur = n("f.period = '2026-10' AND " + m[1]);
            long prev = n("f.period = '2026-09' AND " + m[1]);
            long ly = n("f.period = '2025-10' AND " + m[1]);
            assertThat(cur).isPositive();
            String expected = String.format("%s %d %d %+d %s %d %+d", m[0], cur, prev, cur - prev,
                    new DecimalFormat("+0.0%;-0.0%").format((double) (cur - prev) / prev), ly, cur - ly);
            assertThat(zhAll).contains(expected);
        }
    }

    @Test
    void slaRatesMatchAnIndependentQueryEachBesideItsBase() throws Exception {
        long all = n("f.period = '2026-10'");
        long sameDay = n("f.period = '2026-10' AND f.resolved_same_day");
        long notifiedBase = n("f.period = '2026-10' AND f.notified_same_day IS NOT NULL");
        long notified = n("f.period = '2026-10' AND f.notified_same_day");
        long resolved = n("f.period = '2026-10' AND f.resolved_at IS NOT NULL");
        long calledBack = n("f.period = '2026-10' AND f.resolved_at IS NOT NULL AND f.callback_done");
        long within3 = n("f.period = '2026-10' AND f.callback_within_3d");
        long signed = n("f.period = '2026-10' AND f.resolved_at IS NOT NULL AND f.customer_signed");
        assertThat(resolved).isLessThan(all);
        assertThat(zhAll)
                .contains("当日解决率 " + sameDay + " " + all + " 本月受理 " + pct(sameDay, all) + " 100.0%")
                .contains("未当日解决者当日告知 " + notified + " " + notifiedBase + " 当日未解决 " + pct(notified, notifiedBase))
                .contains("处理后回访率 " + calledBack + " " + resolved + " 已解决 " + pct(calledBack, resolved))
                .contains("解决后3日内回访率 " + within3 + " " + resolved + " 已解决 " + pct(within3, resolved))
                .contains("顾客签字确认率 " + signed + " " + resolved + " 已解决 " + pct(signed, resolved));
        assertThat(zhAll).contains("当日解决率\n" + pct(sameDay, all)); // headline tile
        // The footnote states each rate's base.
        assertThat(zhAll).contains("解决后3日内回访率 分子: 解决后 0-3 个自然日内回访的投诉");
        assertThat(enAll).contains("Numerator: resolved complaints called back 0-3 calendar days after the day of resolution");
    }

    @Test
    void departmentByCauseMatrixTotalsMatch() throws Exception {
        String q = "SELECT COUNT(*) FROM fact_complaint f JOIN dim_complaint_category c USING (complaint_category_key) "
                + "WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND c.cause_type = ";
        long quality = Fixture.count(warehouse, q + "'quality'");
        long service = Fixture.count(warehouse, q + "'service'");
        long other = Fixture.count(warehouse, q + "'other'");
        long unspecified = Fixture.count(warehouse, q + "'unspecified'");
        long valid = n("f.period = '2026-10' AND c.validity = 'valid'");
        assertThat(zhAll).contains("合计 " + quality + " " + service + " " + other + " " + unspecified + " "
                + (quality + service + other + unspecified) + " " + valid);
        long photoQuality = n("f.period = '2026-10' AND f.responsible_dept_key = 2 AND c.cause_type = 'quality'");
        assertThat(zhAll).containsPattern("摄影部 " + photoQuality + " ");
    }

    @Test
    void sameNamedDepartmentsOfDifferentBusinessLinesAreKeptApart() throws Exception {
        // 工程部 is department 5 (property office) and 6 (sales centre): two rows, each with its business line.
        long property = n("f.period = '2026-10' AND f.responsible_dept_key = 5");
        long salesCentre = n("f.period = '2026-10' AND f.responsible_dept_key = 6");
        assertThat(property).isPositive();
        assertThat(salesCentre).isPositive();
        // quality, service, other, unspecified, then the total
        assertThat(zhAll).containsPattern("工程部 \\(物业\\) \\d+ \\d+ \\d+ \\d+ " + property + " ")
                .containsPattern("工程部 \\(售楼处\\) \\d+ \\d+ \\d+ \\d+ " + salesCentre + " ");
        assertThat(enAll).containsPattern("Engineering \\(Property office\\) \\d+ \\d+ \\d+ \\d+ " + property + " ")
                .containsPattern("Engineering \\(Sales centre\\) \\d+ \\d+ \\d+ \\d+ " + salesCentre + " ");
    }

    @Test
    void recordTypesAndResolutionTimeMatch() throws Exception {
        long all = n("f.period = '2026-10'");
        long fast = n("f.period = '2026-10' AND f.resolved_at IS NOT NULL AND f.hours_to_resolve <= 4");
        long open = n("f.period = '2026-10' AND f.resolved_at IS NULL");
        long suggestions = Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE f.period = '2026-10' AND c.record_type = 'suggestion'");
        assertThat(suggestions).isPositive();
        assertThat(zhAll).contains("4小时内 " + fast + " " + pct(fast, all) + " " + pct(fast, all))
                .contains("尚未解决 " + open + " " + pct(open, all) + " 100.0%")
                .contains("投诉 " + all + " " + n("f.period = '2026-10' AND c.validity = 'valid'"))
                .contains("建议 " + suggestions + " ");
        assertThat(zhAll.indexOf("4小时内 ")).isLessThan(zhAll.indexOf("4 - 24小时 ")).isLessThan(zhAll.indexOf("尚未解决 "));
    }

    @Test
    void majorComplaintsAreListedWithStatus() throws Exception {
        long major = n("f.period = '2026-10' AND f.is_major");
        long open = n("f.period = '2026-10' AND f.is_major AND NOT f.is_closed");
        assertThat(major).isPositive();
        // the list between its title and the next section's (other sections list complaint numbers too)
        String list = zhAll.substring(zhAll.indexOf("重大投诉清单"), zhAll.indexOf("时效达标情况"));
        assertThat(list.lines().filter(l -> l.startsWith("TS-202610-")).count()).isEqualTo(major);
        assertThat(list.lines().filter(l -> l.startsWith("TS-202610-") && l.contains("未关闭")).count()).isEqualTo(open);
    }

    @Test
    void siteReportOnlyCountsThatSite() throws Exception {
        long cur = n("f.period = '2026-10' AND s.site_code = 'S01'");
        long prev = n("f.period = '2026-09' AND s.site_code = 'S01'");
        assertThat(zhSite).contains("金色影楼 (S01)").contains(String.format("受理投诉 %d %d %+d", cur, prev, cur - prev));
        assertThat(zhSite).doesNotContain("江畔售楼处");
    }

    @Test
    void oneFontForBothScriptsIsEmbeddedAsSubsets() throws Exception {
        Map<String, Boolean> fonts = Pdfs.fonts(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"));
        assertThat(fonts).isNotEmpty().doesNotContainValue(false);
        // One font for both scripts: the Chinese and the Latin text print in the same family, regular and bold.
        assertThat(fonts.keySet()).allMatch(f -> f.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"))
                .anyMatch(f -> f.endsWith("Regular")).anyMatch(f -> f.endsWith("Bold"));
    }

    @Test
    void anEmptyMonthRendersTheNothingThisMonthSection() throws Exception {
        List<Path> files = new ReportService().render(request(YearMonth.of(2026, 12), List.of(), false, List.of(ZH, Locale.ENGLISH), List.of("pdf")));
        String zh = Pdfs.text(files.get(0));
        assertThat(zh).contains("本月无数据", "顾客投诉分类统计表", "第 1 页");
        assertThat(Pdfs.text(files.get(1))).contains("Nothing this month");
    }

    @Test
    void hostileSiteCodeIsRejectedAndBindsAsPlainValue() {
        assertThatThrownBy(() -> new ReportService().render(request(OCT, List.of("X' OR 1=1 --"), false, List.of(ZH), List.of("pdf"))))
                .isInstanceOf(ReportException.class).hasMessageContaining("unknown site code");
        // Even if a hostile value reached the SQL, it is a bound value: it matches no site.
        try (ReportDatabase w = ReportDatabase.open(warehouse)) {
            List<Map<String, Object>> rows = w.query(new NamedSql(ReportCatalog.sql("complaints", "by_site.sql")),
                    new QueryParameters(OCT, "X' OR 1=1 --").asMap());
            assertThat(rows).isEmpty();
        }
    }

    @Test
    void userErrorsAreOneLineReportExceptions() {
        assertThatThrownBy(() -> new ReportService().render(new ReportRequest(tmp.resolve("missing.duckdb"), OCT, List.of(),
                List.of(), false, List.of(ZH), List.of("pdf"), out, Instant.EPOCH)))
                .isInstanceOf(ReportException.class).hasMessageStartingWith("warehouse file not found");
        assertThatThrownBy(() -> new ReportService().render(new ReportRequest(warehouse, OCT, List.of("nope"),
                List.of(), false, List.of(ZH), List.of("pdf"), out, Instant.EPOCH)))
                .isInstanceOf(ReportException.class).hasMessageContaining("unknown report 'nope'");
    }

    @Test
    void xlsxAndHtmlAreWrittenAndReRunsOverwrite() throws Exception {
        List<Path> first = new ReportService().render(request(OCT, List.of(), false, List.of(ZH), List.of("xlsx", "html", "pdf")));
        assertThat(first).extracting(p -> p.getFileName().toString()).containsExactly(
                "complaints_2026-10_ALL_zh-CN.pdf", "complaints_2026-10_ALL_zh-CN.html", "complaints_2026-10_ALL_zh-CN.xlsx");
        List<Path> second = new ReportService().render(request(OCT, List.of(), false, List.of(ZH), List.of("xlsx", "html", "pdf")));
        assertThat(second).isEqualTo(first);
        for (Path p : second) {
            assertThat(Files.size(p)).isPositive();
        }
        assertThat(Files.readString(second.get(1))).contains("顾客投诉分类统计表");
    }
}
