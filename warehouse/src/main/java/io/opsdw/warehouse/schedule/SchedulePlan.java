package io.opsdw.warehouse.schedule;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the embedded schedule fires and which period each firing covers. The cron is read in the business's time zone
 * (dw.time-zone), never the JVM's: "06:00 on the 1st" is 06:00 in Shanghai even on a server set to UTC. A firing
 * always processes the month before the one it fires in (on the 1st for the previous month by default; on e.g. the
 * 25th when the cut-off is the complaint-summary deadline). The schedule is the only place that reads the clock;
 * tasks get the period.
 */
public final class SchedulePlan {

    private final CronExpression cron;
    private final ZoneId zone;

    public SchedulePlan(String cronExpression, ZoneId zone) {
        if (!CronExpression.isValidExpression(cronExpression)) {
            throw new IllegalArgumentException("invalid cron expression '" + cronExpression
                    + "'; use Spring's six fields: second minute hour day month weekday, e.g. '0 0 6 1 * *'");
        }
        this.cron = CronExpression.parse(cronExpression);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first firing after {@code after}, in the business's time zone. */
    public ZonedDateTime nextFiring(ZonedDateTime after) {
        return cron.next(after.withZoneSameInstant(zone));
    }

    /** The month a firing reports on: the month before the one it falls in, in the business's time zone. */
    public YearMonth periodOf(ZonedDateTime firing) {
        return YearMonth.from(firing.withZoneSameInstant(zone)).minusMonths(1);
    }

    /**
     * When to try a failed run again: {@code first} after the first failure, doubling up to {@code max}, and never
     * at or after {@code deadline} (the next firing, which takes over). Empty when no try fits before it.
     */
    public static java.util.Optional<ZonedDateTime> retryAt(ZonedDateTime failedAt, int failures, Duration first, Duration max,
                                                           ZonedDateTime deadline) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        ZonedDateTime at = failedAt.plus(delay.compareTo(max) > 0 ? max : delay);
        return at.isBefore(deadline) ? java.util.Optional.of(at) : java.util.Optional.empty();
    }

    /**
     * Periods whose firing fell within the last {@code catchUpMonths} months before {@code now} and that have no
     * successful run yet, oldest first: what a schedule started after downtime should run first.
     */
    public List<YearMonth> missed(ZonedDateTime now, int catchUpMonths, Set<YearMonth> done) {
        List<YearMonth> missed = new ArrayList<>();
        if (catchUpMonths <= 0) {
            return missed;
        }
        ZonedDateTime local = now.withZoneSameInstant(zone);
        ZonedDateTime firing = cron.next(local.minusMonths(catchUpMonths));
        while (firing != null && !firing.isAfter(local)) {
            YearMonth period = periodOf(firing);
            if (!done.contains(period) && !missed.contains(period)) {
                missed.add(period);
            }
            firing = cron.next(firing);
        }
        return missed;
    }
}
