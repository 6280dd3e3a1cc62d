package io.opsdw.warehouse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulePlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void firesOnTheFirstForThePreviousMonth() {
        SchedulePlan plan = new SchedulePlan("0 0 6 1 * *", SHANGHAI);
        ZonedDateTime next = plan.nextFiring(ZonedDateTime.of(2026, 10, 15, 12, 0, 0, 0, SHANGHAI));
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 1, 6, 0, 0, 0, SHANGHAI));
        assertThat(plan.periodOf(next)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void theCronIsReadInTheBusinessTimeZoneWhateverZoneTheClockIsIn() {
        SchedulePlan plan = new SchedulePlan("0 0 1 1 * *", SHANGHAI); // 01:00 on the 1st, in Shanghai
        ZonedDateTime serverNow = ZonedDateTime.of(2026, 10, 31, 12, 0, 0, 0, ZoneOffset.UTC);
        ZonedDateTime next = plan.nextFiring(serverNow);
        // 01:00 on Nov 1 in Shanghai is 17:00 on Oct 31 in UTC: a cron read in the server's zone would fire 8 hours later
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.of(2026, 10, 31, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
        // and it reports October, though the server's calendar still says October 31
        assertThat(plan.periodOf(next.withZoneSameInstant(ZoneOffset.UTC))).isEqualTo(YearMonth.of(2026, 10));
        SchedulePlan inUtc = new SchedulePlan("0 0 1 1 * *", ZoneOffset.UTC);
        assertThat(inUtc.nextFiring(serverNow).toInstant()).isEqualTo(ZonedDateTime.of(2026, 11, 1, 1, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void aCutOffOnThe25thStillCoversThePreviousMonth() {
        SchedulePlan plan = new SchedulePlan("0 0 7 25 * *", SHANGHAI);
        ZonedDateTime next = plan.nextFiring(ZonedDateTime.of(2026, 11, 2, 0, 0, 0, 0, SHANGHAI));
        assertThat(next.getDayOfMonth()).isEqualTo(25);
        assertThat(plan.periodOf(next)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void catchesUpMonthsMissedWhileDownOldestFirstSkippingDoneOnes() {
        SchedulePlan plan = new SchedulePlan("0 0 6 1 * *", SHANGHAI);
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, SHANGHAI);
        assertThat(plan.missed(now, 3, Set.of(YearMonth.of(2026, 9))))
                .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 10));
        assertThat(plan.missed(now, 0, Set.of())).isEmpty();
    }

    @Test
    void retriesBackOffDoublingUpToTheMaximumAndStopBeforeTheNextFiring() {
        ZonedDateTime failed = ZonedDateTime.of(2026, 11, 1, 6, 30, 0, 0, SHANGHAI);
        ZonedDateTime nextFiring = ZonedDateTime.of(2026, 12, 1, 6, 0, 0, 0, SHANGHAI);
        Duration first = Duration.ofMinutes(30);
        Duration max = Duration.ofHours(6);
        assertThat(SchedulePlan.retryAt(failed, 1, first, max, nextFiring)).contains(failed.plusMinutes(30));
        assertThat(SchedulePlan.retryAt(failed, 2, first, max, nextFiring)).contains(failed.plusHours(1));
        assertThat(SchedulePlan.retryAt(failed, 4, first, max, nextFiring)).contains(failed.plusHours(4));
        assertThat(SchedulePlan.retryAt(failed, 9, first, max, nextFiring)).contains(failed.plusHours(6));
        assertThat(SchedulePlan.retryAt(nextFiring.minusHours(1), 9, first, max, nextFiring)).isEmpty();
    }

    @Test
    void rejectsAnInvalidCronWithAHint() {
        assertThatThrownBy(() -> new SchedulePlan("0 6 1 * *", SHANGHAI)).hasMessageContaining("six fields");
    }
}
