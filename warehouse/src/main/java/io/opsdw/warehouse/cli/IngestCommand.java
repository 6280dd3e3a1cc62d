package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.pipeline.IngestStage;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.pipeline.Inbox;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Validate a period's exports and land them as Parquet (rejects go to quarantine).",
        description = "Reads CSV (UTF-8, GBK/GB18030, Big5; declared or detected) and XLSX exports, checks every row against its source contract, writes accepted rows to lake/raw/<source>/period=YYYY-MM/ and rejected rows with file, line, raw text and reason to lake/quarantine/. Re-running replaces the period whole; an export without data rows does not replace a landed month unless --allow-empty, and a source quarantining more than dw.ingest.max-quarantine-share of its rows (default 50 %%) is not landed. Every file in the input folder (subfolders too) must belong to a source or be listed in dw.ingest.ignore. Exit 99 when no export for the period is found. An export spanning months: --all-periods instead of --period.")
public class IngestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin HomeOptions home;
    @Mixin InputOptions input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Periods periods;

    /** One month (as every task takes it), or every month the rows name. */
    static class Periods {
        @ArgGroup(exclusive = true, multiplicity = "1")
        PeriodOptions.Choice month;

        @Option(names = "--all-periods", required = true,
                description = "Instead of one month: land every month the exports' rows name, each row in the month of its own date "
                        + "(an export spanning months, read once; one manifest per month, each month replaced whole). "
                        + "Then transform, publish and report each month (dw backfill --from-lake).")
        boolean allPeriods;
    }

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source (e.g. complaints, callbacks, sites).")
    String source;

    @Option(names = "--allow-empty", description = "Let an export without data rows (a header only) replace a month already landed; "
            + "without it such an export stops the ingest and the landed month is kept.")
    boolean allowEmpty;

    /** Rows of each table a dry run with a mapping shows. */
    static final int PREVIEW_ROWS = 5;

    private final TaskRunner runner;
    private final IngestStage stage;
    private final DwSettings settings;
    private final Console console;

    public IngestCommand(TaskRunner runner, IngestStage stage, DwSettings settings, Console console) {
        this.runner = runner;
        this.stage = stage;
        this.settings = settings;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (periods.allPeriods) {
            if (home.dryRun()) {
                throw new ParameterException(spec.commandLine(), "--dry-run needs a month: pass --period YYYY-MM instead of --all-periods");
            }
            return runner.run("ingest", null, home, true, ctx -> stage.runAllPeriods(ctx, input.input().orElse(Inbox.of(ctx)),
                    Optional.ofNullable(source), input.mapping(), allowEmpty).outcome());
        }
        var p = PeriodOptions.of(spec, periods.month).period(runner.zone());
        if (home.dryRun() && input.mapping().isPresent() && input.input().isPresent()) {
            // the mapping is checked against the files themselves: bound headers and the first rows' verdicts
            java.util.List<String> lines;
            try {
                lines = stage.preview(settings, runner.layout(home), p, input.input().get(), Optional.ofNullable(source),
                        input.mapping(), PREVIEW_ROWS);
            } catch (RuntimeException e) {
                console.error(e.getMessage());
                return ExitCodes.FAILED;
            }
            lines.forEach(console::line);
            if (lines.stream().anyMatch(l -> l.startsWith("error: "))) {
                return ExitCodes.FAILED;
            }
        }
        return runner.run("ingest", p, home, true, ctx -> stage.run(ctx, p, input.input().orElse(Inbox.of(ctx)),
                Optional.ofNullable(source), input.mapping(), allowEmpty).outcome());
    }
}
