package io.opsdw.warehouse.schedule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The month a scheduled run reports on, from the times a scheduler hands over. Airflow renders every time in UTC,
 * while the month is a calendar month in the business's time zone ({@code dw.time-zone}), so each rule converts first.
 *
 * <ul>
 *   <li>A <b>data interval</b> (Airflow 2's default for a cron schedule, and {@code CronDataIntervalTimetable} on both
 *   versions) covers the month itself: the month holding its middle is the period. An interval that is not about a
 *   month long is refused: it comes from a daily or hourly schedule and would name a month still in progress.</li>
 *   <li>A <b>zero-width interval</b> (start == end: Airflow 3's default {@code CronTriggerTimetable}, or a run
 *   triggered without a logical date) is the moment the run was triggered: the period is the last complete month
 *   before it, the month before the one it falls in.</li>
 *   <li>A <b>logical date</b> alone is read as a data-interval run's logical date, the start of the month reported.</li>
 * </ul>
 */
public final class RunPeriod {

    private static final Duration SHORTEST_MONTH = Duration.ofDays(28).minusHours(2);
    private static final Duration LONGEST_MONTH = Duration.ofDays(31).plusHours(2);

    private RunPeriod() {
    }

    public static YearMonth ofInterval(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the data interval ends (" + end + ") before it starts (" + start + ")");
        }
        if (end.isEqual(start)) {
            return YearMonth.from(start.atZoneSameInstant(zone)).minusMonths(1);
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(SHORTEST_MONTH) < 0 || length.compareTo(LONGEST_MONTH) > 0) {
            throw new IllegalArgumentException("the data interval " + start + " .. " + end + " lasts " + describe(length)
                    + ", not a month; schedule the DAG monthly (see docs/runbook.md) or pass --period YYYY-MM");
        }
        return YearMonth.from(start.plus(length.dividedBy(2)).atZoneSameInstant(zone));
    }

    public static YearMonth ofLogicalDate(OffsetDateTime logicalDate, ZoneId zone) {
        return YearMonth.from(logicalDate.atZoneSameInstant(zone));
    }

    /**
     * An instant as Airflow renders it: ISO 8601 with an offset ({@code 2026-09-30T16:00:00+00:00}, pendulum's form) or
     * Python's {@code str(datetime)} ({@code 2026-11-15 03:12:45.123456+00:00}, e.g. {@code dag_run.run_after}).
     */
    public static OffsetDateTime parseInstant(String text) {
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + "T" + iso.substring(11);
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date-time with an offset like 2026-10-01T00:00:00+00:00");
        }
    }

    private static String describe(Duration d) {
        long days = d.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : d.toHours() + " hours";
    }
}
