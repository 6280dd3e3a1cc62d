package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The department x site heat map of valid complaints per 1,000 visits in the company-wide complaint report (DOMAIN
 * 10.3 1b). Expected cells are the test's own SQL over fact_complaint and fact_daily_traffic (not the views, not the
 * dataset), read back from the PDF's text: each department's row prints its label and one figure per site.
 */
class ComplaintHeatmapTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");
    static final String TITLE = "每千次来访有效投诉: 责任部门 × 门店";
    static final DecimalFormat ONE = new DecimalFormat("#,##0.0");

    /** Per department and site (in site-code order): valid complaints of October, and the site's October visits. */
    static final String CELLS = """
            WITH d AS (
                SELECT dept_key, CASE WHEN count(*) OVER (PARTITION BY dept_name) > 1
                                      THEN dept_name || ' (' || business_line_name_zh || ')' ELSE dept_name END AS label
                FROM dim_department WHERE dept_key > 0),
            v AS (SELECT site_key, sum(visits) AS visits FROM fact_daily_traffic WHERE date_key BETWEEN 20261001 AND 20261031
                  GROUP BY site_key),
            c AS (SELECT f.responsible_dept_key AS dept_key, f.site_key, count(*) FILTER (WHERE f.is_valid) AS valid, count(*) AS n
                  FROM fact_complaint f JOIN dim_complaint_category k USING (complaint_category_key)
                  WHERE k.record_type = 'complaint' AND f.received_at >= TIMESTAMP '2026-10-01' AND f.received_at < TIMESTAMP '2026-11-01'
                  GROUP BY ALL)
            SELECT d.label, s.site_code, c.valid, v.visits
            FROM c JOIN d USING (dept_key) JOIN dim_site s USING (site_key) LEFT JOIN v USING (site_key)
            ORDER BY d.label, s.site_code""";

    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    static String render(Path wh, String site, Locale locale) throws Exception {
        Path out = wh.getParent().resolve("out-" + locale.toLanguageTag() + "-" + site);
        new ReportService().render(new ReportRequest(wh, YearMonth.of(2026, 10), List.of("complaints"),
                site == null ? List.of() : List.of(site), false, List.of(locale), List.of("pdf"), out,
                Instant.parse("2026-11-23T01:58:00Z")));
        return Pdfs.text(out.resolve("complaints_2026-10_" + (site == null ? "ALL" : site) + "_" + locale.toLanguageTag() + ".pdf"));
    }

    /** The rows the heat map must print, "label figure figure figure", from the independent query. */
    static List<String> expectedRows(Path wh, String noVisits) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, long[]> total = new LinkedHashMap<>(); // site code -> valid, visits
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + wh, p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(CELLS)) {
            while (rs.next()) {
                long valid = rs.getLong("valid");
                Object visits = rs.getObject("visits");
                String cell = visits == null || ((Number) visits).longValue() == 0 ? noVisits
                        : ONE.format(1000.0 * valid / ((Number) visits).longValue());
                rows.computeIfAbsent(rs.getString("label"), k -> new ArrayList<>()).add(cell);
                long[] t = total.computeIfAbsent(rs.getString("site_code"), k -> new long[] {0, visits == null ? 0 : ((Number) visits).longValue()});
                t[0] += valid;
            }
        }
        List<String> lines = new ArrayList<>();
        rows.forEach((label, cells) -> lines.add(label + " " + String.join(" ", cells)));
        lines.add("全部部门 " + String.join(" ", total.values().stream()
                .map(t -> t[1] == 0 ? noVisits : ONE.format(1000.0 * t[0] / t[1])).toList()));
        return lines;
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

    @Test
    void everyCellIsTheDepartmentsValidComplaintsPerThousandVisitsOfTheSite() throws Exception {
        String pdf = render(warehouse, null, ZH);
        List<String> expected = expectedRows(warehouse, "无来访数据");
        // the fixture puts every department's complaints at every site: six departments, three sites, and a total row
        assertThat(expected).hasSize(7).allSatisfy(line -> assertThat(line.split(" ")).hasSizeGreaterThanOrEqualTo(4));
        assertThat(pdf).contains(TITLE, "责任部门", "金色影楼", "江畔售楼处", "花园物业", "底色: 每千次来访有效投诉");
        assertThat(pdf).contains(expected);
    }

    @Test
    void aSiteWithoutVisitorCountsSaysNoVisitsInsteadOfARate() throws Exception {
        Path copy = edited("no-visits-s03", "DELETE FROM fact_daily_traffic WHERE site_key = 3 AND period = '2026-10'");
        List<String> expected = expectedRows(copy, "无来访数据");
        assertThat(expected).allSatisfy(line -> assertThat(line).endsWith(" 无来访数据"));
        assertThat(render(copy, null, ZH)).contains(expected);
    }

    @Test
    void noDataWithoutComplaintsAndNoRateWithoutAnyVisits() throws Exception {
        // suggestions are left, so the report has data; the heat map counts complaints only
        Path noComplaints = edited("no-complaints",
                "DELETE FROM fact_complaint WHERE period = '2026-10' AND complaint_category_key IN (1, 2, 3, 4)");
        assertThat(render(noComplaints, null, ZH)).contains(TITLE + "\n本月无数据");

        Path noVisits = edited("no-visits", "DELETE FROM fact_daily_traffic WHERE period = '2026-10'");
        String pdf = render(noVisits, null, ZH);
        assertThat(pdf).contains(TITLE, "全部部门 无来访数据 无来访数据 无来访数据");
        assertThat(expectedRows(noVisits, "无来访数据")).allSatisfy(line -> assertThat(pdf).contains(line));
    }

    @Test
    void companyWideOnlyAndLabelledInEnglish() throws Exception {
        assertThat(render(warehouse, "S01", ZH)).doesNotContain(TITLE).contains("按门店 / 项目");
        String en = render(warehouse, null, Locale.ENGLISH);
        assertThat(en).contains("Valid complaints per 1,000 visits, department × site", "Responsible department",
                "Golden Studio", "Riverside Sales Centre");
        String total = expectedRows(warehouse, "No visits").get(6).replace("全部部门", "All departments");
        assertThat(en).contains(total);
    }
}
