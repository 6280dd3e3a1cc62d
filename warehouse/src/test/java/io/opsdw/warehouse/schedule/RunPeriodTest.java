package io.opsdw.warehouse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How each kind of scheduler time names the month, as Airflow renders them (UTC) for a business in Asia/Shanghai. */
class RunPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void aMonthlyDataIntervalRenderedInUtcIsTheMonthItCovers() {
        // CronDataIntervalTimetable("0 0 1 * *", timezone="Asia/Shanghai"): [Oct 1 00:00 +08, Nov 1 00:00 +08)
        assertThat(RunPeriod.ofInterval(at("2026-09-30T16:00:00+00:00"), at("2026-10-31T16:00:00+00:00"), SHANGHAI)).isEqualTo(OCTOBER);
        // the same DAG with its schedule in UTC: [Oct 1 00:00 Z, Nov 1 00:00 Z)
        assertThat(RunPeriod.ofInterval(at("2026-10-01T00:00:00+00:00"), at("2026-11-01T00:00:00+00:00"), SHANGHAI)).isEqualTo(OCTOBER);
        // February, the shortest month, and a cron at 06:00 on the 1st
        assertThat(RunPeriod.ofInterval(at("2027-01-31T22:00:00+00:00"), at("2027-02-28T22:00:00+00:00"), SHANGHAI)).isEqualTo(YearMonth.of(2027, 2));
    }

    @Test
    void aZeroWidthIntervalIsTheTriggerTimeAndReportsTheMonthBefore() {
        // Airflow 3's CronTriggerTimetable for "@monthly" in Asia/Shanghai fires at Nov 1 00:00 +08 = Oct 31 16:00 UTC
        OffsetDateTime trigger = at("2026-10-31T16:00:00+00:00");
        assertThat(RunPeriod.ofInterval(trigger, trigger, SHANGHAI)).isEqualTo(OCTOBER);
        // read in UTC that instant is still October, and the month before would be September: the zone matters
        assertThat(RunPeriod.ofInterval(trigger, trigger, ZoneId.of("UTC"))).isEqualTo(YearMonth.of(2026, 9));
        // a manual run in the middle of November (Airflow 3 without a logical date: dag_run.run_after, str(datetime) form)
        OffsetDateTime manual = RunPeriod.parseInstant("2026-11-15 03:12:45.123456+00:00");
        assertThat(RunPeriod.ofInterval(manual, manual, SHANGHAI)).isEqualTo(OCTOBER);
    }

    @Test
    void aLogicalDateIsTheStartOfTheMonthReported() {
        assertThat(RunPeriod.ofLogicalDate(at("2026-09-30T16:00:00+00:00"), SHANGHAI)).isEqualTo(OCTOBER);
    }

    @Test
    void anIntervalThatIsNotAMonthIsRefusedRatherThanGuessed() {
        // a daily schedule's interval would name the month still in progress
        assertThatThrownBy(() -> RunPeriod.ofInterval(at("2026-11-14T16:00:00+00:00"), at("2026-11-15T16:00:00+00:00"), SHANGHAI))
                .hasMessageContaining("lasts 1 day, not a month");
        assertThatThrownBy(() -> RunPeriod.ofInterval(at("2026-11-15T16:00:00+00:00"), at("2026-11-14T16:00:00+00:00"), SHANGHAI))
                .hasMessageContaining("ends");
        assertThatThrownBy(() -> RunPeriod.parseInstant("None")).hasMessageContaining("'None' is not a date-time");
    }

    private static OffsetDateTime at(String iso) {
        return RunPeriod.parseInstant(iso);
    }
}
