package io.opsdw.warehouse.cli;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The period a task works on, always explicit: business logic never reads the clock to decide what to process.
 * Airflow passes its data interval; the month the interval starts in is the period.
 */
public class PeriodOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static class Choice {
        @Option(names = "--period", paramLabel = "YYYY-MM", description = "Month to process, e.g. 2026-10.")
        String period;

        @ArgGroup(exclusive = false)
        Interval interval;
    }

    static class Interval {
        @Option(names = "--data-interval-start", required = true, paramLabel = "ISO-TIME",
                description = "Airflow's data_interval_start, e.g. 2026-09-30T16:00:00+00:00.")
        String start;

        @Option(names = "--data-interval-end", paramLabel = "ISO-TIME", description = "Airflow's data_interval_end; the month holding the interval's middle is the period.")
        String end;
    }

    public YearMonth period() {
        if (choice.period != null) {
            return parseMonth(spec, choice.period, "--period");
        }
        try {
            OffsetDateTime start = OffsetDateTime.parse(choice.interval.start);
            if (choice.interval.end == null) {
                // Airflow renders intervals in UTC: a month starting at midnight in Asia/Shanghai starts at 16:00 UTC the
                // day before. Half a day later is inside the intended month in every time zone.
                return YearMonth.from(start.plusHours(14));
            }
            OffsetDateTime end = OffsetDateTime.parse(choice.interval.end);
            if (!end.isAfter(start)) {
                throw new ParameterException(spec.commandLine(), "--data-interval-end must be after --data-interval-start");
            }
            // The month holding the interval's middle is the period, whatever zone the timestamps were rendered in.
            return YearMonth.from(start.plus(java.time.Duration.between(start, end).dividedBy(2)));
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--data-interval-start/--data-interval-end must be ISO date-times like 2026-10-01T00:00:00+00:00");
        }
    }

    static YearMonth parseMonth(CommandSpec spec, String value, String option) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be a month like 2026-10, not '" + value + "'");
        }
    }
}
