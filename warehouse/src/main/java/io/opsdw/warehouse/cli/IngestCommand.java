package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.IngestStage;
import io.opsdw.warehouse.pipeline.Inbox;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Validate a period's exports and land them as Parquet (rejects go to quarantine).",
        description = "Reads CSV (UTF-8, GBK/GB18030, Big5; declared or detected) and XLSX exports, checks every row against its source contract, writes accepted rows to lake/raw/<source>/period=YYYY-MM/ and rejected rows with file, line, raw text and reason to lake/quarantine/. Re-running replaces the period whole; an export without data rows does not replace a landed month unless --allow-empty, and a source quarantining more than dw.ingest.max-quarantine-share of its rows (default 50 %) is not landed. Every file in the input folder (subfolders too) must belong to a source or be listed in dw.ingest.ignore. Exit 99 when no export for the period is found.")
public class IngestCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;
    @Mixin InputOptions input;

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source (e.g. complaints, callbacks, sites).")
    String source;

    @Option(names = "--allow-empty", description = "Let an export without data rows (a header only) replace a month already landed; "
            + "without it such an export stops the ingest and the landed month is kept.")
    boolean allowEmpty;

    private final TaskRunner runner;
    private final IngestStage stage;

    public IngestCommand(TaskRunner runner, IngestStage stage) {
        this.runner = runner;
        this.stage = stage;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        return runner.run("ingest", p, home, true, ctx -> stage.run(ctx, p, input.input().orElse(Inbox.of(ctx)),
                Optional.ofNullable(source), input.mapping(), allowEmpty).outcome());
    }
}
