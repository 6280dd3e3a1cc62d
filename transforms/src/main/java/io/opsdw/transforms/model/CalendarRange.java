package io.opsdw.transforms.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

/**
 * The days dim_date holds: whole years from the earliest period in the lake to the latest, widened by a margin of
 * whole years on each side (a callback for last year's service, a delivery scheduled next year). Date keys are
 * yyyymmdd, so a wider calendar never changes a key: re-running any period gives the same facts.
 */
public record CalendarRange(LocalDate first, LocalDate last) {

    /** Margin when none is configured (dw.transform.calendar-margin-years). */
    public static final int DEFAULT_MARGIN_YEARS = 2;

    public CalendarRange {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("calendar starts " + first + " after it ends " + last);
        }
    }

    public static CalendarRange spanning(Collection<YearMonth> periods, int marginYears) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one period");
        }
        if (marginYears < 0) {
            throw new IllegalArgumentException("calendar margin must be 0 or more years, not " + marginYears);
        }
        int from = periods.stream().mapToInt(YearMonth::getYear).min().getAsInt() - marginYears;
        int to = periods.stream().mapToInt(YearMonth::getYear).max().getAsInt() + marginYears;
        return new CalendarRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    /** The run's period alone (unit cases, documentation renders). */
    public static CalendarRange around(YearMonth period) {
        return spanning(java.util.List.of(period), DEFAULT_MARGIN_YEARS);
    }
}
