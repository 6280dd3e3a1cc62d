package io.opsdw.warehouse.cli;

import io.opsdw.reports.ReportPeriod;
import io.opsdw.warehouse.schedule.RunPeriod;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The period a task works on, always explicit: business logic never reads the clock to decide what to process.
 * Schedulers pass their own times (a data interval, a zero-width interval, a logical date); {@link RunPeriod} turns
 * them into the month they report on, in the business's time zone.
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

        @Option(names = "--logical-date", paramLabel = "ISO-TIME",
                description = "Airflow's logical_date of a data-interval run: the month it falls in (in dw.time-zone) is the period.")
        String logicalDate;
    }

    static class Interval {
        @Option(names = "--data-interval-start", required = true, paramLabel = "ISO-TIME",
                description = "Airflow's data_interval_start, e.g. 2026-09-30T16:00:00+00:00.")
        String start;

        @Option(names = "--data-interval-end", required = true, paramLabel = "ISO-TIME",
                description = "Airflow's data_interval_end. A month-long interval reports the month it covers; a zero-width one"
                        + " (start = end, Airflow 3's trigger timetable) the month before the trigger time (see docs/runbook.md).")
        String end;
    }

    /** Options read into a group of another command's own (dw ingest's month or --all-periods). */
    static PeriodOptions of(CommandSpec spec, Choice choice) {
        PeriodOptions options = new PeriodOptions();
        options.spec = spec;
        options.choice = choice;
        return options;
    }

    /** The period, with Airflow's times read in the business's time zone. */
    public YearMonth period(ZoneId zone) {
        if (choice.period != null) {
            return parseMonth(spec, choice.period, "--period");
        }
        try {
            if (choice.logicalDate != null) {
                return RunPeriod.ofLogicalDate(RunPeriod.parseInstant(choice.logicalDate), zone);
            }
            return RunPeriod.ofInterval(RunPeriod.parseInstant(choice.interval.start), RunPeriod.parseInstant(choice.interval.end), zone);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The period a report covers: {@code --period} may also name a half-year (2026-H1) or a year (2026); Airflow's
     * times always give a month.
     */
    public ReportPeriod reportPeriod(ZoneId zone) {
        if (choice.period != null) {
            try {
                return ReportPeriod.parse(choice.period);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
            }
        }
        return ReportPeriod.month(period(zone));
    }

    static YearMonth parseMonth(CommandSpec spec, String value, String option) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be a month like 2026-10, not '" + value + "'");
        }
    }
}
