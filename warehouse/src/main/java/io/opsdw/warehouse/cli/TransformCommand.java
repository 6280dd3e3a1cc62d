package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.TransformStage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "transform", mixinStandardHelpOptions = true,
        header = "Build the star schema for a period with Spark SQL and run the data-quality checks.",
        description = "Runs the staging, dimension and fact models in dependency order, rewrites the period's fact partitions and all dimensions under lake/marts/, and records data-quality results. Fails (and blocks publishing) when an error-severity check fails.")
public class TransformCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;

    private final TaskRunner runner;
    private final TransformStage stage;

    public TransformCommand(TaskRunner runner, TransformStage stage) {
        this.runner = runner;
        this.stage = stage;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        return runner.run("transform", p, home, true, ctx -> stage.run(ctx, p).outcome());
    }
}
