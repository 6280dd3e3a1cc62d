package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "See the whole product work: sample exports -> lake -> DuckDB -> PDF reports.",
        description = "Generates sample exports for the demo months, then runs ingest, transform, publish and report on embedded defaults (local Spark, a DuckDB file, PDFs in a folder) with --out as the warehouse home, and prints where the reports and the DuckDB file are.")
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "out/demo", paramLabel = "DIR", description = "Folder for everything the demo makes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--period", defaultValue = "2026-10", paramLabel = "YYYY-MM", description = "The demo month (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--months", defaultValue = "2", paramLabel = "N",
            description = "Months of history ending with --period, so month-on-month figures have something to compare (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = {"-v", "--verbose"}, description = "Show library logs and stack traces.")
    boolean verbose;

    private final TaskRunner runner;
    private final MonthlyRun monthly;

    public DemoCommand(TaskRunner runner, MonthlyRun monthly) {
        this.runner = runner;
        this.monthly = monthly;
    }

    @Override
    public Integer call() {
        YearMonth last = YearMonth.parse(period);
        YearMonth first = last.minusMonths(Math.max(1, months) - 1L);
        HomeOptions home = new HomeOptions();
        home.home = out;
        home.verbose = verbose;
        return runner.run("demo", last, home, true, ctx -> {
            Path exports = ctx.lake().home().resolve("exports");
            ctx.progress().plan(1 + 4L * Math.max(1, months));
            ctx.progress().step("generate");
            Instant start = Instant.now();
            var generated = new SampleExportGenerator().generate(new GenerateRequest(first, Math.max(1, months), 1.0, 42L, 0.01, exports));
            ctx.console().stage("generate", months + " months", generated.files().size() + " export files in " + exports, Duration.between(start, Instant.now()));
            TaskOutcome total = TaskOutcome.ok();
            for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(1)) {
                ctx.console().line("── " + p + " ──");
                total.merge(monthly.run(ctx, new MonthlyRun.Month(p, Optional.of(exports), Optional.empty(),
                        Optional.of(ReportStage.Selection.defaults()))).outcome());
            }
            ctx.console().line("");
            ctx.console().line("Reports:      " + ctx.lake().reports(last));
            ctx.console().line("Warehouse:    " + ctx.lake().warehouseFile() + "  (open it read-only from any DuckDB 1.4+ tool; see docs/analysts.md)");
            ctx.console().line("Quarantine:   rows the checks rejected, with reasons: the quarantine table ("
                    + LakeLayout.display(ctx.lake().quarantineZone()) + " in the lake)");
            ctx.console().line("Try:          ./dw query --home " + out + " \"SELECT * FROM v_complaint_sla_monthly ORDER BY period, site_code\"");
            ctx.console().line("              ./dw query --home " + out + " \"SELECT source, reason, count(*) AS n FROM quarantine GROUP BY ALL ORDER BY n DESC\"");
            return total;
        });
    }
}
