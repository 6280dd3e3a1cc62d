package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff ranking of the satisfaction report ranks only staff with at least 10 reached callbacks (report.yaml
 * min_calls); the rest are summed in one row. The fixture is edited so that two staff members fall below the minimum.
 */
class StaffRankingTest {
    @TempDir
    static Path tmp;
    static Path warehouse;
    static String en;

    static final String REACHED = "SELECT COUNT(*) FROM fact_callback f JOIN dim_employee e ON e.employee_key = f.provider_employee_key "
            + "JOIN dim_satisfaction_level l USING (satisfaction_key) WHERE f.period = '2026-10' AND l.is_reached";

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement st = c.createStatement()) {
            // 陈静 takes 4 and 刘洋 3 of the month's reached callbacks: both below 10.
            st.execute("UPDATE fact_callback SET provider_employee_key = 4 WHERE callback_id IN (SELECT callback_id "
                    + "FROM fact_callback WHERE period = '2026-10' AND is_reached ORDER BY callback_id LIMIT 4)");
            st.execute("UPDATE fact_callback SET provider_employee_key = 5 WHERE callback_id IN (SELECT callback_id "
                    + "FROM fact_callback WHERE period = '2026-10' AND is_reached ORDER BY callback_id DESC LIMIT 3)");
        }
        Path out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of("satisfaction"), List.of(),
                false, List.of(Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        en = Pdfs.text(out.resolve("satisfaction_2026-10_ALL_en.pdf")).replaceAll("\\s+", " ");
    }

    static long n(String sql) throws Exception {
        return Fixture.count(warehouse, sql);
    }

    static String pct(long num, long den) {
        return new DecimalFormat("0.0%").format((double) num / den);
    }

    /** The "by staff" section's text, up to the next section. */
    static String staffSection() {
        int at = en.indexOf("By staff member");
        assertThat(at).as("staff section in\n" + en).isPositive();
        return en.substring(at, en.indexOf("Top dissatisfied aspects", at));
    }

    @Test
    void staffWithAtLeastTenCallsAreRankedAndTheRestAreOneRow() throws Exception {
        String section = staffSection();
        for (String name : List.of("王芳", "李强", "张敏")) {
            long r = n(REACHED + " AND e.employee_name = '" + name + "'");
            long s = n(REACHED + " AND e.employee_name = '" + name + "' AND f.is_satisfied");
            assertThat(r).isGreaterThanOrEqualTo(10);
            assertThat(section).containsPattern(name + " " + r + " " + s + " \\d+ \\d+ " + pct(s, r).replace(".", "\\."));
        }
        long r = n(REACHED + " AND e.employee_name IN ('陈静', '刘洋')");
        long s = n(REACHED + " AND e.employee_name IN ('陈静', '刘洋') AND f.is_satisfied");
        assertThat(r).isEqualTo(7);
        assertThat(section).doesNotContain("陈静", "刘洋")
                .containsPattern("Other 2 \\(fewer than 10 calls reached\\) 7 " + s + " \\d+ \\d+ " + pct(s, r).replace(".", "\\."))
                .endsWith(pct(s, r) + " ");
    }

    @Test
    void itemsAndDepartmentsHaveNoMinimum() {
        assertThat(en.substring(en.indexOf("By service item"), en.indexOf("By staff member"))).doesNotContain("Other ");
    }
}
