package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart text is drawn as shapes, so text extraction never sees it: these tests read the charts as images with OCR
 * (tesseract, chi_sim + eng; installed by the module's test set-up, tools/test-setup.sh) and look for the labels a
 * manager must be able to read: department and cause names, legend entries, category axes.
 * Expected labels come from the test's own queries on the fixture and from the text the same PDF prints in its
 * tables, never from the charts' datasets.
 */
class ChartOcrTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");
    static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, OCT, List.of("complaints", "satisfaction", "operations"),
                List.of(), false, List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
    }

    @Test
    void chineseComplaintChartsShowDepartmentsCausesAndLegend() throws Exception {
        String charts = charts("complaints_2026-10_ALL_zh-CN.pdf");
        assertThat(missing(charts, List.of("受理投诉", "有效投诉", "去年同期"))).as("trend legend, last year's line").isEmpty();
        // The Pareto's cumulative line is named in the legend, on a 0-100 % axis, with the 80 % mark.
        assertThat(missing(charts, List.of("累计占比", "80%", "100%"))).as("Pareto line and mark").isEmpty();
        assertThat(missing(charts, column("""
                SELECT DISTINCT d.dept_name FROM fact_complaint f
                JOIN dim_department d ON d.dept_key = f.responsible_dept_key WHERE f.period = '2026-10'"""))).as("Pareto departments").isEmpty();
        assertThat(missing(charts, column("""
                SELECT DISTINCT c.cause_type_name_zh FROM fact_complaint f
                JOIN dim_complaint_category c USING (complaint_category_key) WHERE f.period = '2026-10'"""))).as("Pareto causes").isEmpty();
    }

    @Test
    void englishComplaintChartsShowWhatTheParetoTablePrints() throws Exception {
        String file = "complaints_2026-10_ALL_en.pdf";
        String charts = charts(file);
        // The legend prints the KPIs' names (kpi_definitions), not the old short labels.
        assertThat(missing(charts, List.of("Complaints received", "Valid complaints", "(last year)"))).as("trend legend, last year's line").isEmpty();
        assertThat(missing(charts, List.of("Cumulative share", "80%", "100%"))).as("Pareto line and mark").isEmpty();
        // The chart ranks the same causes as the table below it (its top rows); each part of those labels must be
        // readable in the chart. (Every fixture department has an English name now: Chinese glyphs in charts are
        // checked by the Chinese tests.)
        List<String> labels = paretoTableLabels(Pdfs.text(out.resolve(file)));
        assertThat(labels).isNotEmpty();
        Set<String> parts = new LinkedHashSet<>();
        for (String label : labels.subList(0, Math.min(5, labels.size()))) {
            parts.addAll(List.of(label.split("\\s*/\\s*")));
        }
        assertThat(missing(charts, parts)).as("Pareto labels").isEmpty();
    }

    @Test
    void chineseSatisfactionChartsShowResultsAndLegend() throws Exception {
        String charts = charts("satisfaction_2026-10_ALL_zh-CN.pdf");
        assertThat(missing(charts, column("""
                SELECT DISTINCT l.result_name_zh FROM fact_callback f
                JOIN dim_satisfaction_level l USING (satisfaction_key) WHERE f.period = '2026-10' AND f.is_reached"""))).as("pie legend").isEmpty();
        assertThat(missing(charts, List.of("满意率", "日内回访率"))).as("trend legend").isEmpty();
    }

    @Test
    void chineseOperationsChartsShowWeekdaysAndLegend() throws Exception {
        String charts = charts("operations_2026-10_ALL_zh-CN.pdf");
        assertThat(missing(charts, column("""
                SELECT DISTINCT d.weekday_name_zh FROM fact_daily_traffic f
                JOIN dim_date d USING (date_key) WHERE f.period = '2026-10'"""))).as("weekday axis").isEmpty();
        assertThat(missing(charts, List.of("来电", "来访", "平均来电", "平均来访"))).as("legends").isEmpty();
    }

    @Test
    void englishOperationsChartsShowWeekdaysAndLegend() throws Exception {
        String charts = charts("operations_2026-10_ALL_en.pdf");
        assertThat(missing(charts, List.of("Calls", "Visits", "Avgcalls", "Avgvisits"))).as("legends").isEmpty();
        assertThat(missing(charts, column("""
                SELECT DISTINCT d.weekday_name_en FROM fact_daily_traffic f
                JOIN dim_date d USING (date_key) WHERE f.period = '2026-10'"""))).as("weekday axis").isEmpty();
    }

    /** All chart labels of a report as OCR reads them, one a line, whitespace removed. */
    static String charts(String file) throws Exception {
        String text = ChartOcr.pages(out.resolve(file)).stream().map(page -> String.join("\n", page))
                .collect(java.util.stream.Collectors.joining("\n"));
        System.out.println("OCR " + file + ":\n" + text);
        return text;
    }

    /**
     * The expected labels OCR did not find, compared without whitespace; a label may wrap over lines (the Pareto's
     * narrow columns), so it is also looked for with the line breaks taken out, and case is ignored (tesseract reads
     * a small wrapped "service" as "Service").
     */
    static List<String> missing(String ocr, java.util.Collection<String> expected) {
        assertThat(expected).isNotEmpty();
        String lower = ocr.toLowerCase(java.util.Locale.ROOT);
        String joined = lower.replace("\n", "");
        List<String> missing = new ArrayList<>();
        for (String label : expected) {
            String l = label.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains(l) && !joined.contains(l)) {
                missing.add(label);
            }
        }
        return missing;
    }

    /** "dept / cause" labels of the Pareto table rows, in the order printed. */
    static List<String> paretoTableLabels(String text) {
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\S[^\\n]*? / [^\\n]*?) \\d+ \\d+\\.\\d%").matcher(text);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    static List<String> column(String sql) throws Exception {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, p);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
