package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Half-year and annual reports (DOMAIN.md 10.3: the satisfaction analysis is produced in June and at year end) on
 * the fixture with complaints in 2025-10, 2026-06, 2026-09 and 2026-10: 2026-H2 against 2026-H1 and 2025-H2, the
 * year 2026 against 2025. Expected figures are the test's own SQL over the fact tables, never the views.
 */
class LongerPeriodReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp, "/fixture-first-half.sql");
        out = tmp.resolve("out");
    }

    static List<Path> render(String period, String... reports) {
        return new ReportService().render(new ReportRequest(warehouse, ReportPeriod.parse(period), List.of(reports),
                List.of(), false, List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2027-01-02T01:00:00Z")));
    }

    static String text(String file) throws Exception {
        return Pdfs.text(out.resolve(file));
    }

    /** The text with line breaks as spaces: table headers wrap at spaces. */
    static String flat(String file) throws Exception {
        return text(file).replaceAll("\\s+", " ");
    }

    /** Complaint records (record type 投诉) of the months {@code in} matching a condition, counted on the facts. */
    static long n(String months, String where) throws Exception {
        return Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint f "
                + "JOIN dim_complaint_category c USING (complaint_category_key) WHERE c.record_type = 'complaint' "
                + "AND f.period IN (" + months + ") AND " + where);
    }

    static String pct(long num, long den) {
        return new DecimalFormat("0.0%").format((double) num / den);
    }

    @Test
    void halfYearFilesAreNamedByThePeriodAndTitledInBothLanguages() throws Exception {
        List<Path> files = render("2026-H2", "complaints");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("complaints_2026-H2_ALL_zh-CN.pdf", "complaints_2026-H2_ALL_en.pdf");
        assertThat(flat("complaints_2026-H2_ALL_zh-CN.pdf")).contains("统计期间: 2026年下半年", "本半年", "上期", "去年同期");
        assertThat(flat("complaints_2026-H2_ALL_en.pdf")).contains("Period: Second half 2026", "This half", "Previous half",
                "Same half LY");
    }

    @Test
    void halfYearTotalsAreTheMonthsSummedAgainstThePreviousHalfAndTheSameHalfLastYear() throws Exception {
        render("2026-H2", "complaints");
        String zh = text("complaints_2026-H2_ALL_zh-CN.pdf");
        String h2 = "'2026-07','2026-08','2026-09','2026-10','2026-11','2026-12'";
        String h1 = "'2026-01','2026-02','2026-03','2026-04','2026-05','2026-06'";
        String lyH2 = "'2025-07','2025-08','2025-09','2025-10','2025-11','2025-12'";
        String[][] measures = {{"受理投诉", "true"}, {"有效投诉", "c.validity = 'valid'"}, {"未关闭", "NOT f.is_closed"}};
        for (String[] m : measures) {
            long cur = n(h2, m[1]);
            long prev = n(h1, m[1]);
            long ly = n(lyH2, m[1]);
            assertThat(cur).isGreaterThan(n("'2026-10'", m[1])); // more than one month
            assertThat(prev).isPositive();
            assertThat(zh).contains(String.format("%s %d %d %+d %s %d %+d", m[0], cur, prev, cur - prev,
                    new DecimalFormat("+0.0%;-0.0%").format((double) (cur - prev) / prev), ly, cur - ly));
        }
    }

    @Test
    void aHalfYearRateIsTheMonthsNumeratorsOverTheirBasesNotAnAverageOfMonthlyRates() throws Exception {
        render("2026-H2", "complaints", "satisfaction");
        String zh = text("complaints_2026-H2_ALL_zh-CN.pdf");
        String h2 = "'2026-09','2026-10'";
        long received = n(h2, "true");
        long sameDay = n(h2, "f.resolved_same_day");
        String rate = pct(sameDay, received);
        double averageOfMonths = ((double) n("'2026-09'", "f.resolved_same_day") / n("'2026-09'", "true")
                + (double) n("'2026-10'", "f.resolved_same_day") / n("'2026-10'", "true")) / 2;
        assertThat(new DecimalFormat("0.0%").format(averageOfMonths)).isNotEqualTo(rate); // the fixture tells them apart
        assertThat(zh).contains("当日解决率 " + sameDay + " " + received + " 本期受理 " + rate);

        long reached = Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_callback WHERE is_reached AND period IN (" + h2 + ")");
        long satisfied = Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_callback WHERE is_satisfied AND period IN (" + h2 + ")");
        assertThat(text("satisfaction_2026-H2_ALL_zh-CN.pdf")).contains("满意率\n" + pct(satisfied, reached));
    }

    @Test
    void annualReportsCoverTheYearAgainstLastYear() throws Exception {
        List<Path> files = render("2026", "complaints");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("complaints_2026_ALL_zh-CN.pdf", "complaints_2026_ALL_en.pdf");
        String zh = text("complaints_2026_ALL_zh-CN.pdf");
        assertThat(zh).contains("统计期间: 2026年度");
        assertThat(flat("complaints_2026_ALL_en.pdf")).contains("Period: Year 2026", "This year", "Last year");
        long cur = n("SELECT strftime(d, '%Y-%m') FROM range(DATE '2026-01-01', DATE '2027-01-01', INTERVAL 1 MONTH) t(d)", "true");
        long ly = n("SELECT strftime(d, '%Y-%m') FROM range(DATE '2025-01-01', DATE '2026-01-01', INTERVAL 1 MONTH) t(d)", "true");
        assertThat(cur).isGreaterThan(n("'2026-09','2026-10'", "true"));
        assertThat(zh).contains(String.format("受理投诉 %d %d %+d", cur, ly, cur - ly));
    }

    @Test
    void aHalfYearWithoutDataSaysSo() throws Exception {
        render("2025-H1", "complaints");
        assertThat(text("complaints_2025-H1_ALL_zh-CN.pdf")).contains("本半年无数据").doesNotContain("受理投诉 0");
        assertThat(text("complaints_2025-H1_ALL_en.pdf")).contains("Nothing this half-year");
    }

    @Test
    void periodsParseAndCompareAsTheBusinessCountsThem() {
        assertThat(ReportPeriod.parse("2026-H1").previous()).hasToString("2025-H2");
        assertThat(ReportPeriod.parse("2026-h2").lastYear()).hasToString("2025-H2");
        assertThat(ReportPeriod.parse("2026").previous()).hasToString("2025");
        assertThat(ReportPeriod.parse("2026-H2").last()).hasToString("2026-12");
        assertThat(ReportPeriod.parse("2026-10").previous()).hasToString("2026-09");
        assertThatThrownBy(() -> ReportPeriod.parse("2026-H3")).hasMessageContaining("half-year like 2026-H1");
        // what a month completes: June the first half, December the second half and the year, other months nothing
        assertThat(ReportPeriod.closedBy(java.time.YearMonth.of(2026, 6))).hasToString("[2026-H1]");
        assertThat(ReportPeriod.closedBy(java.time.YearMonth.of(2026, 12))).hasToString("[2026-H2, 2026]");
        assertThat(ReportPeriod.closedBy(java.time.YearMonth.of(2026, 7))).isEmpty();
        assertThat(ReportPeriod.closedBy(java.time.YearMonth.of(2026, 11))).isEmpty();
    }
}
