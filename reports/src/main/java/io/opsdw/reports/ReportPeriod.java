package io.opsdw.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a month ({@code 2026-06}), a half-year ({@code 2026-H1}, DOMAIN.md 10.3: the
 * satisfaction analysis is produced in June and at year end) or a year ({@code 2026}). A longer period is a run of
 * whole months, {@link #first()} to {@link #last()}; its figures are the months' counts summed, and its rates
 * sum(numerator) / sum(base) over those months (never an average of monthly rates).
 *
 * @param kind  month, half or year
 * @param first the period's first month
 */
public record ReportPeriod(Kind kind, YearMonth first) {
    private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public enum Kind {
        MONTH(1), HALF(6), YEAR(12);

        final int months;

        Kind(int months) {
            this.months = months;
        }

        /** The suffix of the bundle keys that override a month's wording ("last month") for this kind; null: none. */
        String bundleSuffix() {
            return this == MONTH ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    public ReportPeriod {
        if (kind == null || first == null) {
            throw new IllegalArgumentException("a period needs a kind and a first month");
        }
        boolean aligned = switch (kind) {
            case MONTH -> true;
            case HALF -> first.getMonthValue() == 1 || first.getMonthValue() == 7;
            case YEAR -> first.getMonthValue() == 1;
        };
        if (!aligned) {
            throw new IllegalArgumentException(kind + " cannot start in " + first);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month);
    }

    public static ReportPeriod half(int year, int half) {
        return new ReportPeriod(Kind.HALF, YearMonth.of(year, half == 1 ? 1 : 7));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, YearMonth.of(year, 1));
    }

    /** {@code 2026-10}, {@code 2026-H1} or {@code 2026}; anything else is refused with what is accepted. */
    public static ReportPeriod parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher half = HALF.matcher(value);
        if (half.matches()) {
            return half(Integer.parseInt(half.group(1)), Integer.parseInt(half.group(2)));
        }
        if (YEAR.matcher(value).matches()) {
            return year(Integer.parseInt(value));
        }
        try {
            return month(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "a period is a month like 2026-10, a half-year like 2026-H1 or a year like 2026, not '" + text + "'");
        }
    }

    /**
     * The half-year or year that {@code month} completes, if any: June closes H1 and December H2 (half-year) and the
     * year (annual). What the schedule renders after that month's own reports.
     */
    public static java.util.Optional<ReportPeriod> closedBy(YearMonth month, Kind kind) {
        ReportPeriod period = switch (kind) {
            case MONTH -> month(month);
            case HALF -> month.getMonthValue() == 6 ? half(month.getYear(), 1) : month.getMonthValue() == 12 ? half(month.getYear(), 2) : null;
            case YEAR -> month.getMonthValue() == 12 ? year(month.getYear()) : null;
        };
        return java.util.Optional.ofNullable(period);
    }

    /** The half-year and year {@code month} closes, half-year first (empty for most months). */
    public static java.util.List<ReportPeriod> closedBy(YearMonth month) {
        return java.util.stream.Stream.of(Kind.HALF, Kind.YEAR).flatMap(k -> closedBy(month, k).stream()).toList();
    }

    public YearMonth last() {
        return first.plusMonths(kind.months - 1);
    }

    /** The period before: last month, the previous half-year, last year. */
    public ReportPeriod previous() {
        return new ReportPeriod(kind, first.minusMonths(kind.months));
    }

    /** The same period a year before. */
    public ReportPeriod lastYear() {
        return new ReportPeriod(kind, first.minusYears(1));
    }

    public boolean isMonth() {
        return kind == Kind.MONTH;
    }

    /**
     * A DuckDB expression for the period of this kind that the month {@code monthColumn} ('YYYY-MM') falls in: the
     * label {@link #toString()} prints, so a view's monthly rows can be summed into it.
     */
    String labelOf(String monthColumn) {
        return switch (kind) {
            case MONTH -> monthColumn;
            case HALF -> "(substr(" + monthColumn + ", 1, 4) || CASE WHEN substr(" + monthColumn + ", 6, 2) <= '06'"
                    + " THEN '-H1' ELSE '-H2' END)";
            case YEAR -> "substr(" + monthColumn + ", 1, 4)";
        };
    }

    /** How a page names the period: 2026-10, 2026年上半年 / 2026 H1, 2026年度 / 2026. */
    public String title(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        int year = first.getYear();
        return switch (kind) {
            case MONTH -> toString();
            case HALF -> zh ? year + (first.getMonthValue() == 1 ? "年上半年" : "年下半年")
                    : (first.getMonthValue() == 1 ? "First half " : "Second half ") + year;
            case YEAR -> zh ? year + "年度" : "Year " + year;
        };
    }

    /** The form used on the command line and in file names: 2026-10, 2026-H1, 2026. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> first.toString();
            case HALF -> first.getYear() + (first.getMonthValue() == 1 ? "-H1" : "-H2");
            case YEAR -> String.valueOf(first.getYear());
        };
    }
}
