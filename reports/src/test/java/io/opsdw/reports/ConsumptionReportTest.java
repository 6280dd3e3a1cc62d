package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumption and inventory report; expected figures from the test's own SQL. */
class ConsumptionReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;
    static String zhAll;
    static String en;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        Path out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of("consumption"),
                List.of(), false, List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        zhAll = Pdfs.text(out.resolve("consumption_2026-10_ALL_zh-CN.pdf"));
        en = Pdfs.text(out.resolve("consumption_2026-10_ALL_en.pdf"));
    }

    static String fmt(String pattern, String sql) throws Exception {
        return new DecimalFormat(pattern).format(((Number) Fixture.scalar(warehouse, sql)).doubleValue());
    }

    static final String M = "FROM fact_inventory_movement f JOIN dim_movement_type mt USING (movement_type_key) "
            + "JOIN dim_item i USING (item_key) JOIN dim_site s USING (site_key) WHERE f.period = '2026-10' ";

    @Test
    void labelsAreChineseAndEnglishNeverCodes() {
        assertThat(zhAll).contains("物品消耗及库存统计表", "按物品类别及门店的消耗", "每批来访消耗", "会务", "散客接待",
                "报废 / 过期 / 破损 / 丢失", "盘点差异", "饮品", "水吧", "会议室", "可重复使用");
        assertThat(en).contains("Consumption and inventory report", "Stock-count variances", "Meeting", "Walk-in guests",
                "Drink", "Water bar", "Fruit plate", "Reusable");
        assertThat(zhAll).doesNotContain("water_bar", "meeting_room", "walk_in", "internal");
    }

    @Test
    void consumptionByCategoryAndSiteMatches() throws Exception {
        String w = M + "AND mt.movement_type_code = 'issue' AND i.category = 'food' AND s.site_code = 'S01'";
        assertThat(zhAll).contains("食品 消耗品 金色影楼 " + fmt("#,##0.00", "SELECT SUM(f.cost_amount) " + w));
        // Consumption cost: what was issued and used up; the wig (a studio accessory) is lent, not consumed.
        assertThat(zhAll).contains("消耗成本\n" + fmt("#,##0.00", "SELECT SUM(f.cost_amount) " + M
                + "AND mt.movement_type_code = 'issue' AND NOT i.is_reusable") + " 元");
    }

    @Test
    void drinksAndWaterBarCostPerVisitLinkUsageWithTraffic() throws Exception {
        String drinks = "SELECT SUM(f.issue_qty) " + M + "AND mt.movement_type_code = 'issue' AND i.category = 'drink' AND s.site_code = 'S01'";
        String bar = "SELECT SUM(f.cost_amount) " + M + "AND mt.movement_type_code = 'issue' AND f.location = 'water_bar' AND s.site_code = 'S01'";
        String visits = "SELECT SUM(visits) FROM fact_daily_traffic JOIN dim_site USING (site_key) WHERE period = '2026-10' AND site_code = 'S01'";
        double d = ((Number) Fixture.scalar(warehouse, drinks)).doubleValue();
        double b = ((Number) Fixture.scalar(warehouse, bar)).doubleValue();
        long v = Fixture.count(warehouse, visits);
        DecimalFormat two = new DecimalFormat("#,##0.00");
        assertThat(b).isPositive();
        assertThat(zhAll).contains("金色影楼 " + new DecimalFormat("#,##0.##").format(d) + " " + v + " " + two.format(d / v) + " "
                + two.format(b) + " " + two.format(b / v));
    }

    @Test
    void shrinkageAndVariancesMatch() throws Exception {
        assertThat(zhAll).contains("损耗成本\n" + fmt("#,##0.00", "SELECT SUM(f.cost_amount) " + M + "AND mt.is_shrinkage"));
        long lines = Fixture.count(warehouse, "SELECT COUNT(*) " + M + "AND mt.movement_type_code = 'count' AND f.variance_qty <> 0");
        assertThat(lines).isPositive();
        assertThat(zhAll.lines().filter(l -> l.matches("2026-10-\\d\\d .*")).count()).isEqualTo(lines);
    }

    @Test
    void theCostTableShowsCountVariancesNotTheValueOfTheStockCounted() throws Exception {
        String counts = M + "AND mt.movement_type_code = 'count'";
        String row = "Count variance " + fmt("#,##0", "SELECT COUNT(*) " + counts) + " "
                + fmt("#,##0.00", "SELECT SUM(f.variance_qty * f.unit_cost) " + counts);
        assertThat(en).contains(row);
        assertThat(en).doesNotContain("Count " + fmt("#,##0", "SELECT COUNT(*) " + counts) + " "
                + fmt("#,##0.00", "SELECT SUM(f.cost_amount) " + counts));
    }
}
