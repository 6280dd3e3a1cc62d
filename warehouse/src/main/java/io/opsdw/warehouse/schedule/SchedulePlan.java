package io.opsdw.warehouse.schedule;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the embedded schedule fires and which period each firing covers. A firing always processes the month
 * before the one it fires in (on the 1st for the previous month by default; on e.g. the 25th when the cut-off
 * is the complaint-summary deadline). The schedule is the only place that reads the clock; tasks get the period.
 */
public final class SchedulePlan {

    private final CronExpression cron;

    public SchedulePlan(String cronExpression) {
        if (!CronExpression.isValidExpression(cronExpression)) {
            throw new IllegalArgumentException("invalid cron expression '" + cronExpression
                    + "'; use Spring's six fields: second minute hour day month weekday, e.g. '0 0 6 1 * *'");
        }
        this.cron = CronExpression.parse(cronExpression);
    }

    public ZonedDateTime nextFiring(ZonedDateTime after) {
        return cron.next(after);
    }

    public static YearMonth periodOf(ZonedDateTime firing) {
        return YearMonth.from(firing).minusMonths(1);
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
        ZonedDateTime firing = cron.next(now.minusMonths(catchUpMonths));
        while (firing != null && !firing.isAfter(now)) {
            YearMonth period = periodOf(firing);
            if (!done.contains(period) && !missed.contains(period)) {
                missed.add(period);
            }
            firing = cron.next(firing);
        }
        return missed;
    }
}
