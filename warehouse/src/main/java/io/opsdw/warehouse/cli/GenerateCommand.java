package io.opsdw.warehouse.cli;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.GenerateResult;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write realistic sample exports (for demos, tests and benchmarks).",
        description = "Writes <out>/<YYYY-MM>/ with one export per source: Chinese headers, several sites of the three business lines, some CSVs in GBK and the customers master as XLSX. The same seed gives byte-identical files. --dirty-rate injects realistic faults, counted in <YYYY-MM>/_faults.json.")
public class GenerateCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;

    @Option(names = "--months", defaultValue = "1", paramLabel = "N", description = "Number of consecutive months from --period (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S", description = "Row-volume multiplier; 1 is a few thousand rows a month (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dirty-rate", defaultValue = "0", paramLabel = "R", description = "Share of operational rows made faulty, 0..1 (default: ${DEFAULT-VALUE}).")
    double dirtyRate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the exports to.")
    Path out;

    private final TaskRunner runner;

    public GenerateCommand(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        if (months < 1 || scale <= 0 || dirtyRate < 0 || dirtyRate > 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--months must be >= 1, --scale > 0 and --dirty-rate within 0..1");
        }
        return runner.run("generate", p, home, false, ctx -> {
            Instant start = Instant.now();
            GenerateResult result = new SampleExportGenerator().generate(new GenerateRequest(p, months, scale, seed, dirtyRate, out));
            long rows = result.rowsBySource().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
            ctx.console().stage("generate", months + (months == 1 ? " month" : " months"), result.files().size() + " files, "
                    + Console.count(rows) + " rows in " + out, Duration.between(start, Instant.now()));
            TaskOutcome outcome = TaskOutcome.ok().addCounts(rows, 0, 0).output(out);
            return outcome.detail("faults", result.faultsBySourceAndReason());
        });
    }
}
