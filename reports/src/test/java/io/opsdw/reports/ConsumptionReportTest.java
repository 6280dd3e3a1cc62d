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
    void perVisitCountsDrinkTicketsAndSplitsConsumablesFromReusableAccessories() throws Exception {
        String issues = M + "AND mt.movement_type_code = 'issue' AND s.site_code = 'S01' ";
        long tickets = Fixture.count(warehouse, "SELECT COUNT(*) " + issues + "AND i.category = 'drink'");
        double drinks = num("SELECT SUM(f.quantity) " + issues + "AND i.category = 'drink'");
        double used = num("SELECT SUM(f.cost_amount) " + issues + "AND NOT i.is_reusable");
        double lent = num("SELECT SUM(f.cost_amount) " + issues + "AND i.is_reusable");
        long v = Fixture.count(warehouse, "SELECT SUM(visits) FROM fact_daily_traffic JOIN dim_site USING (site_key) "
                + "WHERE period = '2026-10' AND site_code = 'S01'");
        DecimalFormat two = new DecimalFormat("#,##0.00");
        // a ticket (出单) is one issue line whatever quantity it carries: the fixture's lines carry 1 to 6
        assertThat(drinks).isGreaterThan(tickets);
        assertThat(lent).isPositive();
        assertThat(zhAll).contains("金色影楼 " + new DecimalFormat("#,##0.##").format(drinks) + " " + tickets + " " + v + " "
                + two.format((double) tickets / v) + " " + two.format(used) + " " + two.format(used / v) + " " + two.format(lent / v));
    }

    @Test
    void wasteRateIsWastedAgainstIssuedPerPerishableItemAndSite() throws Exception {
        int rows = 0;
        for (String site : List.of("S01", "S02", "S03")) {
            String w = M + "AND i.item_code = 'FRUIT' AND s.site_code = '" + site + "' ";
            double issued = num("SELECT coalesce(SUM(f.quantity), 0) " + w + "AND mt.movement_type_code = 'issue'");
            double wasted = num("SELECT coalesce(SUM(f.quantity), 0) " + w + "AND mt.movement_type_code IN ('waste', 'expired')");
            double cost = num("SELECT coalesce(SUM(f.cost_amount), 0) " + w + "AND mt.movement_type_code IN ('waste', 'expired')");
            String name = (String) Fixture.scalar(warehouse, "SELECT site_name FROM dim_site WHERE site_code = '" + site + "'");
            DecimalFormat qty = new DecimalFormat("#,##0.##");
            String rate = issued == 0 ? "—" : new DecimalFormat("0.0%").format(wasted / issued);
            assertThat(zhAll).contains("果盘 " + name + " 盘 " + qty.format(issued) + " " + qty.format(wasted) + " " + rate
                    + " " + new DecimalFormat("#,##0.00").format(cost));
            rows += wasted > 0 ? 1 : 0;
        }
        assertThat(rows).as("the fixture wastes fruit plates somewhere").isPositive();
        assertThat(zhAll).contains("易腐品报废率", "公司制度未规定报废率上限");
        assertThat(en).contains("Waste rate of perishables", "Fruit plate");
    }

    @Test
    void sampleRoomItemsListTicketsQuantityAndLossesPerSiteAndItem() throws Exception {
        String w = M + "AND f.location = 'sample_room' AND s.site_code = 'S02' AND i.item_code = 'CUP' ";
        long tickets = Fixture.count(warehouse, "SELECT COUNT(*) " + w + "AND mt.movement_type_code = 'issue'");
        double issued = num("SELECT coalesce(SUM(f.quantity), 0) " + w + "AND mt.movement_type_code = 'issue'");
        double lost = num("SELECT coalesce(SUM(f.quantity), 0) " + w + "AND mt.movement_type_code IN ('breakage', 'loss')");
        double cost = num("SELECT coalesce(SUM(f.cost_amount), 0) " + w + "AND mt.movement_type_code = 'issue'");
        long visits = Fixture.count(warehouse, "SELECT SUM(sample_room_visits) FROM fact_daily_traffic JOIN dim_site USING (site_key) "
                + "WHERE period = '2026-10' AND site_code = 'S02'");
        assertThat(tickets).isPositive();
        DecimalFormat qty = new DecimalFormat("#,##0.##");
        assertThat(zhAll).contains("江畔售楼处 纸杯 个 " + tickets + " " + qty.format(issued) + " " + qty.format(lost) + " "
                + new DecimalFormat("#,##0.00").format(cost) + " " + visits + " " + new DecimalFormat("#,##0.00").format(issued / visits));
    }

    @Test
    void wasteAndSampleRoomSectionsSayNothingThisMonthWithoutTheirData() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("no-perishables"));
        Path copy = java.nio.file.Files.copy(warehouse, dir.resolve("warehouse.duckdb"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + copy); var st = c.createStatement()) {
            st.execute("DELETE FROM fact_inventory_movement WHERE location = 'sample_room' "
                    + "OR item_key IN (SELECT item_key FROM dim_item WHERE is_perishable) "
                    + "OR movement_type_key IN (SELECT movement_type_key FROM dim_movement_type WHERE movement_type_code IN ('waste', 'expired'))");
        }
        Path out = dir.resolve("out");
        new ReportService().render(new ReportRequest(copy, YearMonth.of(2026, 10), List.of("consumption"),
                List.of(), false, List.of(ZH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        String text = Pdfs.text(out.resolve("consumption_2026-10_ALL_zh-CN.pdf"));
        assertThat(text).contains("易腐品报废率 (报废及过期 / 领用)\n本月无数据", "样板间物品 (鞋套等)\n本月无数据")
                .doesNotContain("公司制度未规定报废率上限");
        assertThat(text).contains("盘点差异"); // the rest of the report is there
    }

    static double num(String sql) throws Exception {
        return ((Number) Fixture.scalar(warehouse, sql)).doubleValue();
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
