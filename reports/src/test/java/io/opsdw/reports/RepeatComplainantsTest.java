package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeat complainants in the complaint report (DOMAIN 10.3 1e): known customers with two or more complaints in the
 * 90 days ending on the month's last day, one of them in the month. Expected rows come from the test's own SQL on
 * fact_complaint; the window's edge is checked on copies with one complaint moved across it.
 */
class RepeatComplainantsTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");
    static final String TITLE = "重复投诉客户 (90天内投诉两次及以上)";

    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    /** Independent count: customer numbers with >= 2 complaints from 3 August to 31 October, one in October. */
    static final String REPEATERS = "SELECT cu.customer_id, count(*) AS n, count(*) FILTER (WHERE f.period = '2026-10') AS in_month "
            + "FROM fact_complaint f JOIN dim_customer cu USING (customer_key) JOIN dim_complaint_category k USING (complaint_category_key) "
            + "WHERE k.record_type = 'complaint' AND f.customer_key <> 0 "
            + "AND f.received_at >= TIMESTAMP '2026-08-03' AND f.received_at < TIMESTAMP '2026-11-01' "
            + "GROUP BY cu.customer_id HAVING count(*) >= 2 AND count(*) FILTER (WHERE f.period = '2026-10') >= 1";

    static String render(Path wh, String name, String site) throws Exception {
        Path out = wh.getParent().resolve("out-" + name);
        new ReportService().render(new ReportRequest(wh, YearMonth.of(2026, 10), List.of("complaints"),
                site == null ? List.of() : List.of(site), site == null, List.of(ZH), List.of("pdf"), out,
                Instant.parse("2026-11-23T01:58:00Z")));
        return Pdfs.text(out.resolve("complaints_2026-10_" + (site == null ? "ALL" : site) + "_zh-CN.pdf"));
    }

    static Path edited(String name, String... statements) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path copy = Files.copy(warehouse, dir.resolve("warehouse.duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return copy;
    }

    static List<String> repeatRows(String pdf) {
        String section = pdf.substring(pdf.indexOf(TITLE));
        return section.lines().filter(l -> l.matches("C\\d\\d .*")).toList();
    }

    @Test
    void listsEveryCustomerWithTwoComplaintsInNinetyDaysWithTheirCounts() throws Exception {
        String pdf = render(warehouse, "all", null);
        long expected = Fixture.count(warehouse, "SELECT count(*) FROM (" + REPEATERS + ")");
        assertThat(expected).isPositive();
        assertThat(repeatRows(pdf)).hasSize((int) expected);
        // the customer with the most complaints, row by row as the test's own SQL sees it
        String top = (String) Fixture.scalar(warehouse, "SELECT customer_id FROM (" + REPEATERS + ") ORDER BY n DESC, in_month DESC, customer_id LIMIT 1");
        long n = Fixture.count(warehouse, "SELECT n FROM (" + REPEATERS + ") WHERE customer_id = '" + top + "'");
        long inMonth = Fixture.count(warehouse, "SELECT in_month FROM (" + REPEATERS + ") WHERE customer_id = '" + top + "'");
        String phone = (String) Fixture.scalar(warehouse, "SELECT phone_masked FROM dim_customer WHERE is_current AND customer_id = '" + top + "'");
        assertThat(repeatRows(pdf).get(0)).startsWith(top + " 客* " + phone + " " + inMonth + " " + n + " ");
    }

    @Test
    void theWindowIsNinetyDaysEndingOnTheMonthsLastDay() throws Exception {
        // C40 has no complaint in the fixture: give it one in October and one just inside / just outside the window
        String oct = "INSERT INTO fact_complaint SELECT * REPLACE ('X-OCT' AS complaint_id, 40 AS customer_key) "
                + "FROM fact_complaint WHERE complaint_id = 'TS-202610-001'";
        String inside = "INSERT INTO fact_complaint SELECT * REPLACE ('X-AUG' AS complaint_id, 40 AS customer_key, '2026-08' AS period, "
                + "TIMESTAMP '2026-08-03 09:00' AS received_at) FROM fact_complaint WHERE complaint_id = 'TS-202610-001'";
        String outside = inside.replace("2026-08-03 09:00", "2026-08-02 23:59");
        assertThat(repeatRows(render(edited("inside", oct, inside), "inside", null))).anyMatch(l -> l.startsWith("C40 "));
        assertThat(repeatRows(render(edited("outside", oct, outside), "outside", null))).noneMatch(l -> l.startsWith("C40 "));
    }

    @Test
    void aSitesReportListsCustomersWhoComplainedAtTheSite() throws Exception {
        String pdf = render(warehouse, "s02", "S02");
        long expected = Fixture.count(warehouse, "SELECT count(*) FROM (" + REPEATERS + ") r WHERE EXISTS (SELECT 1 FROM fact_complaint f "
                + "JOIN dim_customer cu USING (customer_key) JOIN dim_site s USING (site_key) WHERE cu.customer_id = r.customer_id "
                + "AND s.site_code = 'S02' AND f.received_at >= TIMESTAMP '2026-08-03' AND f.received_at < TIMESTAMP '2026-11-01')");
        assertThat(expected).isPositive();
        assertThat(repeatRows(pdf)).hasSize((int) expected);
    }

    @Test
    void saysNothingThisMonthWhenNoKnownCustomerComplainedTwice() throws Exception {
        String pdf = render(edited("anonymous", "UPDATE fact_complaint SET customer_key = 0"), "anonymous", null);
        assertThat(pdf).contains(TITLE + "\n本月无数据");
    }
}
