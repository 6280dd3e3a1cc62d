package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Values the export does not know are printed as such: an October whose complaints carry no callback or signature
 * time at all (a register without those columns) prints "not recorded" for those SLA rules, never 0 %; complaints
 * not yet judged are counted as pending (待定), and a missing cause as unspecified (未注明), never as other.
 */
class HonestValuesTest {

    static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static Path warehouse;
    static String zh;
    static String en;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement st = c.createStatement()) {
            st.execute("UPDATE fact_complaint SET callback_at = NULL, callback_done = false, callback_within_3d = "
                    + "CASE WHEN resolved_at IS NULL THEN NULL ELSE false END, customer_signed_at = NULL, customer_signed = false "
                    + "WHERE period = '2026-10'");
            // two of October's complaints not yet judged and with no cause (a regulator's unverified register)
            st.execute("INSERT INTO dim_complaint_category SELECT 6, 'complaint', '投诉', 'Complaint', 'pending', '待定', 'Pending', "
                    + "'unspecified', '未注明', 'Unspecified', 'normal', '一般', 'Normal', false, false");
            st.execute("UPDATE fact_complaint SET complaint_category_key = 6 WHERE complaint_id IN (SELECT complaint_id "
                    + "FROM fact_complaint WHERE period = '2026-10' AND complaint_category_key IN (1, 2, 3) ORDER BY complaint_id LIMIT 2)");
        }
        Path out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, OCT, List.of("complaints"), List.of(), true,
                List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        zh = Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"));
        en = Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"));
    }

    @Test
    void rulesWhoseInputIsNeverRecordedPrintNotRecordedNotZeroPercent() throws Exception {
        long resolved = Fixture.count(warehouse, "SELECT count(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND f.resolved_at IS NOT NULL");
        assertThat(resolved).as("the fixture has resolved complaints to base the rates on").isPositive();
        // metric, met (—), base, base kind, rate (—), target 100 %
        assertThat(lineOf(zh, "处理后回访率 ")).matches("处理后回访率 — " + resolved + " 未记录 — 100.0%");
        assertThat(lineOf(zh, "解决后3日内回访率 ")).matches("解决后3日内回访率 — " + resolved + " 未记录 — 100.0%");
        assertThat(lineOf(zh, "顾客签字确认率 ")).matches("顾客签字确认率 — " + resolved + " 未记录 — 100.0%");
        assertThat(lineOf(en, "Called back after handling ")).isEqualTo("Called back after handling — " + resolved + " Not recorded — 100.0%");
        assertThat(lineOf(en, "Customer signed acceptance ")).isEqualTo("Customer signed acceptance — " + resolved + " Not recorded — 100.0%");
        // a rule whose input is recorded keeps its count and rate
        assertThat(lineOf(zh, "当日解决率 ")).doesNotContain("未记录").containsPattern("\\d+\\.\\d% 100.0%");
    }

    @Test
    void sameDayRulesOfARegisterWithoutResolutionTimesPrintNotRecorded() throws Exception {
        // a regulator's register: a status per complaint, but no resolution or notification time at all
        Path noTimes = Fixture.build(java.nio.file.Files.createDirectories(tmp.resolve("no-resolution-times")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + noTimes); Statement st = c.createStatement()) {
            st.execute("UPDATE fact_complaint SET resolved_at = NULL, customer_notified_at = NULL, resolved_same_day = false, "
                    + "notified_same_day = false, hours_to_resolve = NULL, sla_met = NULL WHERE period = '2026-10'");
        }
        Path out = tmp.resolve("out-no-resolution-times");
        new ReportService().render(new ReportRequest(noTimes, OCT, List.of("complaints"), List.of(), true,
                List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        String text = Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"));
        String textZh = Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"));
        // metric, met (—), base, base kind, rate (—), target 100 %
        assertThat(lineOf(text, "Resolved the same day ")).matches("Resolved the same day — \\d+ Not recorded — 100.0%");
        assertThat(lineOf(text, "Told the same day when not resolved ")).matches("Told the same day when not resolved — \\S* ?Not recorded — 100.0%");
        assertThat(lineOf(textZh, "当日解决率 ")).matches("当日解决率 — \\d+ 未记录 — 100.0%");
        assertThat(Fixture.count(noTimes, "SELECT count(*) FROM v_complaint_sla_monthly WHERE period = '2026-10' "
                + "AND (resolved_same_day_rate IS NOT NULL OR notified_same_day_rate IS NOT NULL OR resolution_recorded)")).isZero();
    }

    @Test
    void pendingAndUnspecifiedHaveTheirOwnColumns() throws Exception {
        assertThat(zh).contains("待定", "未注明");
        assertThat(en).contains("Pending", "Unspecified");
        long pending = Fixture.count(warehouse, "SELECT count(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND c.validity = 'pending'");
        long unspecified = Fixture.count(warehouse, "SELECT count(*) FROM fact_complaint f JOIN dim_complaint_category c "
                + "USING (complaint_category_key) WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND c.cause_type = 'unspecified'");
        // the record-type row of complaints: received, valid, not valid, pending, share
        String[] complaintsRow = rowOf(en, "Complaint \\d.*");
        assertThat(pending).isEqualTo(2);
        assertThat(unspecified).isEqualTo(2);
        assertThat(complaintsRow[4]).as(String.join(" ", complaintsRow)).isEqualTo(String.valueOf(pending));
        // the department x cause total row: quality, service, other, unspecified, total, valid
        String[] total = rowOf(en, "Total \\d+ \\d+ \\d+ \\d+ \\d+ \\d+");
        assertThat(total[4]).as(String.join(" ", total)).isEqualTo(String.valueOf(unspecified));
    }

    private static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in:\n" + text));
    }

    private static String[] rowOf(String text, String regex) {
        return text.lines().map(String::strip).filter(l -> l.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("no line matching " + regex + " in:\n" + text)).split("\\s+");
    }
}
