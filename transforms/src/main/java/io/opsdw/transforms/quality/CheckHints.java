package io.opsdw.transforms.quality;

import java.util.Optional;

/**
 * What a failed check means for the person reading it. Most failures point at the export; a date outside the calendar
 * does not: dim_date spans every period in the lake, so a fact date it lacks is a warehouse bug to report.
 */
public final class CheckHints {

    public static final String CALENDAR = "a date outside the calendar (dim_date) is a bug in the warehouse, not the export's fault: "
            + "the calendar spans whole years around every period in the lake (dw.transform.calendar-margin-years); "
            + "report it with the keys above";

    private CheckHints() {
    }

    public static boolean isCalendarCheck(String checkName) {
        return checkName.startsWith("relationships(") && checkName.endsWith("-> dim_date.date_key)");
    }

    public static Optional<String> hint(String checkName) {
        return isCalendarCheck(checkName) ? Optional.of(CALENDAR) : Optional.empty();
    }
}
