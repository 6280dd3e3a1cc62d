package io.opsdw.warehouse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulePlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void firesOnTheFirstForThePreviousMonth() {
        SchedulePlan plan = new SchedulePlan("0 0 6 1 * *");
        ZonedDateTime next = plan.nextFiring(ZonedDateTime.of(2026, 10, 15, 12, 0, 0, 0, SHANGHAI));
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 1, 6, 0, 0, 0, SHANGHAI));
        assertThat(SchedulePlan.periodOf(next)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void aCutOffOnThe25thStillCoversThePreviousMonth() {
        SchedulePlan plan = new SchedulePlan("0 0 7 25 * *");
        ZonedDateTime next = plan.nextFiring(ZonedDateTime.of(2026, 11, 2, 0, 0, 0, 0, SHANGHAI));
        assertThat(next.getDayOfMonth()).isEqualTo(25);
        assertThat(SchedulePlan.periodOf(next)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void catchesUpMonthsMissedWhileDownOldestFirstSkippingDoneOnes() {
        SchedulePlan plan = new SchedulePlan("0 0 6 1 * *");
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, SHANGHAI);
        assertThat(plan.missed(now, 3, Set.of(YearMonth.of(2026, 9))))
                .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 10));
        assertThat(plan.missed(now, 0, Set.of())).isEmpty();
    }

    @Test
    void rejectsAnInvalidCronWithAHint() {
        assertThatThrownBy(() -> new SchedulePlan("0 6 1 * *")).hasMessageContaining("six fields");
    }
}
