package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.bench.BenchReport;
import io.opsdw.warehouse.bench.BenchResult;
import io.opsdw.warehouse.bench.BenchRun;
import io.opsdw.warehouse.bench.BenchScale;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmark the monthly run at a given size, beside a DuckDB-only baseline.",
        description = {"Generates one month (S about 100 thousand, M about 1 million, L about 10 million source rows), "
                + "runs ingest, transform, publish and the company-wide reports in this process, then DuckDB's own "
                + "read_csv -> Parquet on the same files and the same monthly aggregations. Records wall time, rows/s "
                + "and peak memory per stage and writes the table and plot into <docs>/benchmarks.md.",
                "Uses its own home under --out unless --home is given. Not a test: numbers depend on the machine."})
public class BenchCommand implements Callable<Integer> {

    @Mixin HomeOptions home;

    @Option(names = "--scale", required = true, paramLabel = "S|M|L", description = "Size: ${COMPLETION-CANDIDATES} (XS: about 3 thousand rows, for smoke tests).")
    BenchScale scale;

    @Option(names = "--out", defaultValue = "./bench-out", paramLabel = "DIR",
            description = "Working folder for the generated exports, the bench home and the baseline (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--docs", defaultValue = "docs", paramLabel = "DIR",
            description = "Where benchmarks.md, the plot and the stored results go (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-reports", description = "Skip the report stage.")
    boolean noReports;

    private final TaskRunner runner;
    private final BenchRun bench;

    public BenchCommand(TaskRunner runner, BenchRun bench) {
        this.runner = runner;
        this.bench = bench;
    }

    @Override
    public Integer call() {
        Path dir = out.toAbsolutePath().normalize().resolve(scale.name());
        if (home.home == null) {
            home.home = dir.resolve("home");
        }
        return runner.run("bench", BenchRun.PERIOD, home, true, ctx -> {
            ctx.progress().plan(6);
            BenchResult result = bench.run(ctx, scale, dir, seed, !noReports);
            Path page = new BenchReport(docs).write(result);
            ctx.console().line(String.format("bench %s: %,d rows, whole monthly run %.1f s; results in %s",
                    scale, result.sourceRows(), result.monthlyRunSeconds(), page));
            TaskOutcome outcome = TaskOutcome.ok().addCounts(result.sourceRows(), 0, 0).output(page);
            result.stages().forEach(s -> outcome.detail(s.engine() + "_" + s.stage() + "_s", Math.round(s.seconds() * 10) / 10.0));
            return outcome.detail("monthly_run_s", Math.round(result.monthlyRunSeconds() * 10) / 10.0);
        });
    }
}
