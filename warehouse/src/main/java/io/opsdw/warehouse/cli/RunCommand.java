package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.MonthlyRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "The monthly job for one period: ingest, transform, publish and report.",
        description = "All four stages in one Spark session under one lock. Safe to re-run: a re-run for the same period (e.g. after a corrected export) replaces that period and gives the same warehouse.")
public class RunCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;
    @Mixin InputOptions input;
    @Mixin ReportOptions reports;

    private final TaskRunner runner;
    private final MonthlyRun monthly;

    public RunCommand(TaskRunner runner, MonthlyRun monthly) {
        this.runner = runner;
        this.monthly = monthly;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        return runner.run("run", p, home, true, monthly.task(input.month(p, reports.selection())));
    }
}
