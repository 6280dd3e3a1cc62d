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

/** The operations overview (traffic and studio orders); expected figures from the test's own SQL. */
class OperationsReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;
    static String zhAll;
    static String zhS02;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        Path out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of("operations"),
                List.of("S02"), true, List.of(ZH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        zhAll = Pdfs.text(out.resolve("operations_2026-10_ALL_zh-CN.pdf"));
        zhS02 = Pdfs.text(out.resolve("operations_2026-10_S02_zh-CN.pdf"));
    }

    static long n(String sql) throws Exception {
        return Fixture.count(warehouse, sql);
    }

    static String money(String sql) throws Exception {
        return new DecimalFormat("#,##0.00").format(((Number) Fixture.scalar(warehouse, sql)).doubleValue());
    }

    @Test
    void labelsAreChinese() {
        assertThat(zhAll).contains("运营概况", "按门店来电来访", "每日来电来访", "星期分布及值班人数", "付款状态",
                "订单进度 (按环节)", "加急订单", "星期一", "星期日");
    }

    @Test
    void trafficPerSiteMatches() throws Exception {
        String t = "FROM fact_daily_traffic f JOIN dim_site s USING (site_key) WHERE f.period = '2026-10' AND s.site_code = 'S02'";
        long calls = n("SELECT SUM(calls) " + t);
        long visits = n("SELECT SUM(visits) " + t);
        long first = n("SELECT SUM(first_time_visits) " + t);
        long sample = n("SELECT SUM(sample_room_visits) " + t);
        assertThat(zhAll).contains("江畔售楼处 " + calls + " " + visits + " " + first + " " + sample + " ");
        long allCalls = n("SELECT SUM(calls) FROM fact_daily_traffic WHERE period = '2026-10'");
        assertThat(zhAll).contains("来电\n" + new DecimalFormat("#,##0").format(allCalls));
        assertThat(zhS02).contains("来电\n" + new DecimalFormat("#,##0").format(calls)).doesNotContain("金色影楼");
    }

    @Test
    void ordersByPaymentStatusAndRushOrdersMatch() throws Exception {
        String o = "FROM fact_order f JOIN dim_order_status os USING (order_status_key) WHERE f.period = '2026-10' AND os.payment_status = 'unpaid'";
        assertThat(zhAll).contains("未付款 " + n("SELECT COUNT(*) " + o) + " " + money("SELECT SUM(amount) " + o)
                + " " + money("SELECT SUM(paid) " + o) + " " + money("SELECT SUM(outstanding) " + o));
        long rush = n("SELECT COUNT(*) FROM fact_order WHERE period = '2026-10' AND is_rush");
        assertThat(zhAll.lines().filter(l -> l.startsWith("OD-")).count()).isEqualTo(rush);
        assertThat(zhAll).contains("订单金额\n" + money("SELECT SUM(amount) FROM fact_order WHERE period = '2026-10'") + " 元");
    }

    /** Picked-up orders still owing money, counted on the fact table per payment status. */
    @Test
    void pickedUpOrdersStillOwingMoneyAreFlagged() throws Exception {
        String owing = "FROM fact_order f JOIN dim_order_status os USING (order_status_key) "
                + "WHERE f.period = '2026-10' AND os.stage = 'picked_up' AND f.outstanding > 0";
        assertThat(n("SELECT COUNT(*) " + owing)).isPositive();
        String section = zhAll.substring(zhAll.indexOf("已取件仍欠款订单"));
        for (String[] status : new String[][] {{"partial", "部分付款"}, {"unpaid", "未付款"}}) {
            String o = owing + " AND os.payment_status = '" + status[0] + "'";
            long orders = n("SELECT COUNT(*) " + o);
            String head = section.substring(0, section.indexOf("订单进度"));
            if (orders == 0) {
                assertThat(head).doesNotContain(status[1]);
            } else {
                assertThat(head).contains("金色影楼 " + status[1] + " " + orders + " " + money("SELECT SUM(amount) " + o) + " "
                        + money("SELECT SUM(outstanding) " + o));
            }
        }
        assertThat(section.substring(0, section.indexOf("订单进度"))).doesNotContain("已付清");
    }

    @Test
    void noPickedUpOrderOwingMoneyMeansNoRows() throws Exception {
        Path copy = java.nio.file.Files.copy(warehouse, tmp.resolve("all-paid.duckdb"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + copy); var st = c.createStatement()) {
            st.execute("UPDATE fact_order SET outstanding = 0");
        }
        Path out = tmp.resolve("all-paid");
        new ReportService().render(new ReportRequest(copy, YearMonth.of(2026, 10), List.of("operations"), List.of(), false,
                List.of(Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        String en = Pdfs.text(out.resolve("operations_2026-10_ALL_en.pdf")).replaceAll("\\s+", " ");
        assertThat(en).contains("Picked up but still owing money Nothing this month");
    }

    @Test
    void aSalesCentreHasNoStudioOrderSectionsOrTiles() {
        assertThat(zhS02).doesNotContain("已取件仍欠款订单", "付款状态", "订单进度", "加急订单", "按套系", "订单数", "订单金额", "本月无数据");
        assertThat(zhAll).contains("付款状态", "订单数\n");
    }
}
