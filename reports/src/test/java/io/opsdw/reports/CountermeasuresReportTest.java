package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The improvement countermeasures box (整改措施, DOMAIN 10.3 1f) of the complaint report: every countermeasure of the
 * month with its department, cause, owner and due date, and the complaints it answers counted by the test's own SQL.
 */
class CountermeasuresReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    static String render(Path wh, String site, Locale locale) throws Exception {
        Path out = wh.getParent().resolve("out");
        new ReportService().render(new ReportRequest(wh, YearMonth.of(2026, 10), List.of("complaints"),
                site == null ? List.of() : List.of(site), site == null, List.of(locale), List.of("pdf"), out,
                Instant.parse("2026-11-23T01:58:00Z")));
        return Pdfs.text(out.resolve("complaints_2026-10_" + (site == null ? "ALL" : site) + "_" + locale.toLanguageTag() + ".pdf"));
    }

    /** Each fixture countermeasure as the report should print it: site, department, cause, complaints; text; owner, due. */
    static List<String[]> expected() throws Exception {
        String sql = "SELECT s.site_name, d.dept_name, coalesce(CASE m.cause_type WHEN 'quality' THEN '产品质量问题' WHEN 'service' THEN '服务问题' END, '未注明'), "
                + "(SELECT count(*) FROM fact_complaint f JOIN dim_complaint_category c USING (complaint_category_key) "
                + " WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND f.site_key = m.site_key "
                + " AND f.responsible_dept_key = m.responsible_dept_key AND c.cause_type = m.cause_type), "
                + "m.countermeasure, CASE WHEN m.owner_employee_key <> 0 THEN e.employee_name END, CAST(m.due_date AS VARCHAR) "
                + "FROM fact_countermeasure m JOIN dim_site s USING (site_key) JOIN dim_department d ON d.dept_key = m.responsible_dept_key "
                + "LEFT JOIN dim_employee e ON e.employee_key = m.owner_employee_key WHERE m.period = '2026-10'";
        List<String[]> rows = new ArrayList<>();
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, p);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String[] r = new String[7];
                for (int i = 0; i < 7; i++) {
                    r[i] = rs.getString(i + 1);
                }
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void everyCountermeasureIsPrintedWithTheComplaintsItAnswers() throws Exception {
        String pdf = render(warehouse, null, ZH);
        String flat = pdf.replaceAll("\\s+", "");
        List<String[]> rows = expected();
        assertThat(rows).hasSize(4);
        assertThat(rows).anyMatch(r -> !r[3].equals("0")); // at least one answers complaints of the month
        for (String[] r : rows) {
            String dept = r[1].equals("未知") ? "未知" : r[1];
            assertThat(pdf).contains(r[0] + " " + dept + " " + r[2] + " " + r[3] + " ");
            assertThat(flat).contains(r[4].replaceAll("\\s+", "") + (r[5] == null ? "" : r[5]) + (r[6] == null ? "" : r[6]));
        }
        assertThat(pdf).contains("整改措施", "负责人", "完成期限");
    }

    @Test
    void aSitesReportShowsOnlyItsOwnAndEnglishLabelsAreEnglish() throws Exception {
        String s01 = render(warehouse, "S01", ZH);
        assertThat(s01).contains("化妆师上岗前复核预约时间").doesNotContain("接待高峰增派一名人员");
        String en = render(warehouse, null, Locale.ENGLISH);
        assertThat(en).contains("Improvement countermeasures", "Golden Studio Makeup Service", "Not stated");
    }

    @Test
    void saysNothingThisMonthWhenNoCountermeasureWasWritten() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("none"));
        Path copy = Files.copy(warehouse, dir.resolve("warehouse.duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement st = c.createStatement()) {
            st.execute("DELETE FROM fact_countermeasure");
        }
        assertThat(render(copy, null, ZH)).contains("整改措施\n本月无数据");
    }
}
