package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.PublishStage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "publish", mixinStandardHelpOptions = true,
        header = "Publish the marts as a new DuckDB file, swapped in atomically.",
        description = "Build a new DuckDB file from the marts (tables, analyst views, comments, run ledger) and atomically swap it over the published one. Analysts reading the old file are not disturbed. Refuses while data-quality errors are recorded.")
public class PublishCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;

    private final TaskRunner runner;
    private final PublishStage stage;

    public PublishCommand(TaskRunner runner, PublishStage stage) {
        this.runner = runner;
        this.stage = stage;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        return runner.run("publish", p, home, true, ctx -> stage.run(ctx, p).outcome());
    }
}
