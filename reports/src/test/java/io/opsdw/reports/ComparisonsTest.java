package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month-on-month and year-on-year only where the comparison month has data: decided from what was loaded (the
 * fixture's ingest_manifest: complaints for 2025-10, 2026-09 and 2026-10; orders for 2026-10 only; inventory for
 * 2026-09 with no rows and 2026-10), never from "count > 0". Trends leave out the months before the first load and
 * leave gaps (NULL) for months within the range that were not loaded, never zeros.
 */
class ComparisonsTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
        out = tmp.resolve("out");
        render(YearMonth.of(2026, 9), List.of("complaints"), List.of(ZH, Locale.ENGLISH));
        render(YearMonth.of(2026, 10), List.of("operations", "consumption"), List.of(ZH));
    }

    static void render(YearMonth period, List<String> reports, List<Locale> locales) {
        new ReportService().render(new ReportRequest(warehouse, period, reports, List.of("S01"), true, locales,
                List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
    }

    static String pdf(String name) throws Exception {
        return Pdfs.text(out.resolve(name));
    }

    static long complaints(String period) throws Exception {
        return Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE c.record_type = 'complaint' AND f.period = '" + period + "'");
    }

    @Test
    void withoutLastMonthOrLastYearTheComparisonsPrintADashAndSaySoNeverAZero() throws Exception {
        String zh = pdf("complaints_2026-09_ALL_zh-CN.pdf");
        long sep = complaints("2026-09");
        // This month, then — for last month, MoM, MoM %, the same month last year, YoY, YoY %.
        assertThat(zh).contains("受理投诉 " + sep + " — — — — — —");
        assertThat(zh).contains("上月 (2026-08) 无已导入数据: 环比显示为 —。", "去年同月 (2025-09) 无已导入数据: 同比显示为 —。");
        assertThat(zh).contains("受理投诉\n" + sep + "\n环比 —");
        assertThat(zh).doesNotContain("同比 +" + sep);
        String en = pdf("complaints_2026-09_ALL_en.pdf");
        assertThat(en).contains("Complaints received " + sep + " — — — — — —",
                "Last month (2026-08) has no data loaded: month-on-month figures print —.");
    }

    @Test
    void theCoverageBoxSaysWhichMonthsTheComparisonsHave() throws Exception {
        assertThat(pdf("complaints_2026-09_ALL_zh-CN.pdf")).contains("顾客投诉登记表 已导入 " + (complaints("2026-09")
                + Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE c.record_type <> 'complaint' AND f.period = '2026-09'"))
                + " 3 — 无数据 无数据");
    }

    @Test
    void aMonthLoadedWithNoRowsIsComparedAgainstZeroButAMonthNotLoadedIsNot() throws Exception {
        // Inventory for September arrived with no movements: October's change is the whole October figure.
        String consumption = pdf("consumption_2026-10_ALL_zh-CN.pdf");
        double shrinkage = ((Number) Fixture.scalar(warehouse, "SELECT sum(f.cost_amount) FROM fact_inventory_movement f "
                + "JOIN dim_movement_type m USING (movement_type_key) WHERE m.is_shrinkage AND f.period = '2026-10'")).doubleValue();
        assertThat(shrinkage).isPositive();
        String money = new java.text.DecimalFormat("#,##0.00").format(shrinkage);
        assertThat(consumption).contains("损耗成本\n" + money + " 元\n环比 +" + money + " 元");
        // Orders arrived for October only: no change against September is printed, not "+18".
        String operations = pdf("operations_2026-10_S01_zh-CN.pdf");
        long orders = Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_order WHERE period = '2026-10'");
        assertThat(operations).contains("订单数\n" + orders + "\n环比 —");
        assertThat(operations).contains("影楼订单 已导入 " + orders + " 0 — 无数据 无数据");
    }

    @Test
    void trendsStartAtTheFirstLoadedMonthAndLeaveGapsForMonthsNotLoaded() {
        try (ReportDatabase w = ReportDatabase.open(warehouse)) {
            List<Map<String, Object>> rows = w.query(new NamedSql(ReportCatalog.sql("complaints", "trend.sql")),
                    new QueryParameters(YearMonth.of(2026, 10), null).asMap());
            List<Map<String, Object>> received = rows.stream().filter(r -> r.get("series_en").equals("Complaints received")).toList();
            // 2025-10 is the first month loaded: nothing before it, 13 months from it.
            assertThat(received).extracting(r -> r.get("category")).startsWith("25-10", "25-11").endsWith("26-09", "26-10").hasSize(13);
            assertThat(received.get(0).get("value")).isNotNull();
            assertThat(received.subList(1, 11)).allSatisfy(r -> assertThat(r.get("value")).as("%s", r.get("category")).isNull());
            assertThat(received.get(12).get("value")).isNotNull();
            List<Map<String, Object>> nov = w.query(new NamedSql(ReportCatalog.sql("complaints", "trend.sql")),
                    new QueryParameters(YearMonth.of(2026, 11), null).asMap());
            // November was never loaded: a gap at the end, not a drop to zero.
            assertThat(nov.stream().filter(r -> "26-11".equals(r.get("category")))).allSatisfy(r -> assertThat(r.get("value")).isNull());
        }
    }
}
