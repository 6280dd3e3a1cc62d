package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.reports.ReportPeriod;
import io.opsdw.warehouse.task.TaskOutcome;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Render the monthly, half-year or annual reports from the published warehouse (PDF, XLSX, HTML; zh-CN and en).",
        description = {"One file per report, site and locale, named <report>_<period>_<site|ALL>_<locale>.<ext> and overwritten on re-run."
                + " Reads the published DuckDB file read-only.",
                "--period takes a month (2026-10), a half-year (2026-H1, 2026-H2) or a year (2026): a longer period sums its months"
                + " and compares with the previous half / year and the same period last year."})
public class ReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;
    @Mixin ReportOptions reports;

    @Option(names = "--closing", paramLabel = "half-year|year",
            description = "Render the half-year (half-year) or annual (year) reports that the given month completes: June gives"
                    + " H1, December H2 and the year. Any other month has nothing to do (exit 99): what the Airflow DAG's"
                    + " report_half_year and report_annual tasks run after each month's report.")
    String closing;

    private final TaskRunner runner;
    private final ReportStage stage;

    public ReportCommand(TaskRunner runner, ReportStage stage) {
        this.runner = runner;
        this.stage = stage;
    }

    @Override
    public Integer call() {
        if (closing != null) {
            return closing();
        }
        var p = period.reportPeriod(runner.zone());
        // Reports only read the published file, so they do not take the writer lock.
        return runner.runPeriod("report", p, home, false, ctx -> stage.run(ctx, p, reports.selection()).outcome());
    }

    private int closing() {
        ReportPeriod.Kind kind = switch (closing) {
            case "half-year" -> ReportPeriod.Kind.HALF;
            case "year" -> ReportPeriod.Kind.YEAR;
            default -> throw new ParameterException(spec.commandLine(), "--closing is half-year or year, not '" + closing + "'");
        };
        YearMonth month = period.period(runner.zone());
        Optional<ReportPeriod> closed = ReportPeriod.closedBy(month, kind);
        if (closed.isEmpty()) {
            return runner.run("report", month, home, false,
                    ctx -> TaskOutcome.nothingToDo(month + " completes no " + closing + " (June and December do)"));
        }
        return runner.runPeriod("report", closed.get(), home, false, ctx -> stage.run(ctx, closed.get(), reports.selection()).outcome());
    }
}
