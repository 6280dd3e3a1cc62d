package io.opsdw.warehouse.pipeline;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.lineage.LineageDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** dw ingest: the period's export files -> typed Parquet in the raw zone, rejects in quarantine. */
@Component
public class IngestStage {

    /** The ingest job's report (per source: rows read, accepted, quarantined) and the task outcome. */
    public record Ingested(IngestReport report, TaskOutcome outcome) implements StageOutput {
        public boolean nothingToDo() {
            return outcome.status() == TaskOutcome.Status.NOTHING_TO_DO;
        }
    }

    public Ingested run(TaskContext context, YearMonth period, Path input, Optional<String> source, Optional<Path> mapping) {
        return run(context, period, input, source, mapping, false);
    }

    /** {@code allowEmpty}: an export without data rows may replace a month already landed (--allow-empty). */
    public Ingested run(TaskContext context, YearMonth period, Path input, Optional<String> source, Optional<Path> mapping,
                        boolean allowEmpty) {
        return run(context, new IngestRequest(period, input, source, mapping, context.runId(), allowEmpty));
    }

    /**
     * dw ingest --all-periods: every month the exports' rows name, each row landed in its own month (one parse per
     * file, one manifest per month); the outcome's {@code periods} lists them.
     */
    public Ingested runAllPeriods(TaskContext context, Path input, Optional<String> source, Optional<Path> mapping, boolean allowEmpty) {
        Ingested ingested = run(context, IngestRequest.spanning(input, source, mapping, context.runId(), allowEmpty));
        if (!ingested.nothingToDo()) {
            java.util.List<String> periods = ingested.report().sources().stream().map(r -> r.period().toString()).distinct().sorted().toList();
            context.console().line("landed " + periods.size() + " month(s): " + periodRange(periods));
            ingested.outcome().detail("periods", periods);
        }
        return ingested;
    }

    private static String periodRange(java.util.List<String> periods) {
        return periods.size() <= 6 ? String.join(", ", periods) : periods.get(0) + " .. " + periods.get(periods.size() - 1);
    }

    private Ingested run(TaskContext context, IngestRequest request) {
        Instant start = Instant.now();
        context.progress().step("ingest");
        YearMonth period = request.period();
        Path input = request.inputDir();
        Optional<String> source = request.source();
        IngestReport report = new IngestJob(context.spark().get(), context.lake(), options(context.settings()),
                context.settings().ingest().parallelSources())
                .run(request);
        report.ignoredFiles().forEach(f -> context.console().line("note: " + f + " not read (dw.ingest.ignore)"));
        report.notices().forEach(n -> context.console().line("note: " + n));
        if (report.sources().isEmpty()) {
            return new Ingested(report, TaskOutcome.nothingToDo("no export files for " + (period == null ? "any period" : period)
                    + " in " + input + source.map(s -> " for source " + s).orElse("")));
        }
        TaskOutcome outcome = TaskOutcome.ok();
        java.util.List<String> warnings = new java.util.ArrayList<>();
        // one line per source; an export spanning months gives a result per month, summed here (the manifests keep each)
        Map<String, java.util.List<SourceResult>> bySource = report.sources().stream().collect(java.util.stream.Collectors
                .groupingBy(SourceResult::source, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        for (Map.Entry<String, java.util.List<SourceResult>> entry : bySource.entrySet()) {
            String name = entry.getKey();
            java.util.List<SourceResult> results = entry.getValue();
            long read = results.stream().mapToLong(SourceResult::rowsRead).sum();
            long accepted = results.stream().mapToLong(SourceResult::accepted).sum();
            long quarantined = results.stream().mapToLong(SourceResult::quarantined).sum();
            String counts = "read " + Console.count(read) + "  accepted " + Console.count(accepted) + "  quarantined " + Console.count(quarantined);
            String label = period == null ? name + " (" + results.size() + (results.size() == 1 ? " month)" : " months)") : name;
            // sources of one wave land concurrently, so their times overlap and do not add up to the total
            context.console().stage("ingest", label, counts, results.get(0).took());
            java.util.Set<String> notices = new java.util.LinkedHashSet<>();
            java.util.Set<String> sourceWarnings = new java.util.LinkedHashSet<>();
            results.forEach(r -> {
                notices.addAll(r.notices());
                sourceWarnings.addAll(r.warnings());
            });
            notices.forEach(n -> context.console().line("note: " + name + ": " + n));
            sourceWarnings.forEach(w -> context.console().line("warning: " + name + ": " + w));
            sourceWarnings.forEach(w -> warnings.add(name + ": " + w));
            for (SourceResult r : results) {
                outcome.addCounts(r.rowsRead(), r.accepted(), r.quarantined())
                        .wrote(LineageDataset.of(r.rawDir())).wrote(LineageDataset.of(context.lake().manifest(name, r.period())));
                if (r.quarantined() > 0) {
                    outcome.wrote(LineageDataset.of(r.quarantineDir()));
                }
                if (period != null) {
                    outcome.output(LakeLayout.display(r.rawDir()));
                    if (r.quarantined() > 0) {
                        outcome.output(LakeLayout.display(r.quarantineDir()));
                    }
                }
            }
            if (period == null) {
                outcome.output(LakeLayout.display(context.lake().rawRoot(name)));
                if (quarantined > 0) {
                    outcome.output(LakeLayout.display(context.lake().quarantineRoot(name)));
                }
            }
        }
        context.console().stage("ingest", "all sources", "read " + Console.count(outcome.rowsIn()) + "  accepted "
                + Console.count(outcome.accepted()) + "  quarantined " + Console.count(outcome.quarantined()), Duration.between(start, Instant.now()));
        Map<String, String> checksums = Manifests.checksums(context.lake(), LakeFs.of(context.spark().get()), report);
        Path periodDir = io.opsdw.ingest.read.InputFiles.periodDir(input, period);
        checksums.keySet().forEach(file -> outcome.read(LineageDataset.of(periodDir.resolve(file))));
        long rowsCounted = report.sources().stream().mapToLong(SourceResult::rowsCounted).sum();
        return new Ingested(report, outcome.detail("rows_counted", rowsCounted).inputChecksums(checksums)
                .detail("warnings", warnings));
    }

    /**
     * dw ingest --dry-run --mapping: the binding of every input file and its first rows accepted or rejected, as lines
     * to print; no Spark session, nothing written.
     */
    public java.util.List<String> preview(DwSettings settings, LakeLayout lake, YearMonth period, Path input,
                                          Optional<String> source, Optional<Path> mapping, int rows) {
        return IngestJob.previewOnly(lake, options(settings))
                .preview(new IngestRequest(period, input, source, mapping, "dry-run"), rows);
    }

    static IngestOptions options(DwSettings settings) {
        return IngestOptions.defaults().withDefaultZone(settings.timeZone())
                .withMaxQuarantineShare(settings.ingest().maxQuarantineShare())
                .withIgnore(settings.ingest().ignore())
                .withRequireMasters(settings.ingest().requireMasters());
    }
}
