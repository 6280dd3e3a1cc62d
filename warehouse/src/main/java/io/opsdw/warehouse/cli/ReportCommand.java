package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.ReportStage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Render the monthly reports from the published warehouse (PDF, XLSX, HTML; zh-CN and en).",
        description = "One file per report, site and locale, named <report>_<YYYY-MM>_<site|ALL>_<locale>.<ext> and overwritten on re-run. Reads the published DuckDB file read-only.")
public class ReportCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;
    @Mixin ReportOptions reports;

    private final TaskRunner runner;
    private final ReportStage stage;

    public ReportCommand(TaskRunner runner, ReportStage stage) {
        this.runner = runner;
        this.stage = stage;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        // Reports only read the published file, so they do not take the writer lock.
        return runner.run("report", p, home, false, ctx -> stage.run(ctx, p, reports.selection()).outcome());
    }
}
