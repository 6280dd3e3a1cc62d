package io.opsdw.warehouse.bench;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.GenerateResult;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.warehouse.pipeline.IngestStage;
import io.opsdw.warehouse.pipeline.PublishStage;
import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.warehouse.pipeline.TransformStage;
import io.opsdw.warehouse.publish.DuckDbConnections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * One benchmark run: generate a month at the requested size, run every stage of the monthly job in this process
 * (the same code `dw run` uses), then the DuckDB-only baseline on the same files, measuring each stage.
 */
@Component
public class BenchRun {

    /** The benchmark month: fixed so runs are comparable. */
    public static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private final IngestStage ingest;
    private final TransformStage transform;
    private final PublishStage publish;
    private final ReportStage report;

    public BenchRun(IngestStage ingest, TransformStage transform, PublishStage publish, ReportStage report) {
        this.ingest = ingest;
        this.transform = transform;
        this.publish = publish;
        this.report = report;
    }

    public BenchResult run(TaskContext ctx, BenchScale scale, Path out, long seed, boolean withReports) throws Exception {
        // the stages' own timings (per source, per model) go to stderr: the profile behind the table
        org.apache.logging.log4j.core.config.Configurator.setLevel("io.opsdw.ingest", org.apache.logging.log4j.Level.INFO);
        org.apache.logging.log4j.core.config.Configurator.setLevel("io.opsdw.transforms", org.apache.logging.log4j.Level.INFO);
        Path input = out.resolve("input");
        Path work = out.resolve("baseline");
        deleteRecursively(work);
        Files.createDirectories(work);

        long t0 = System.nanoTime();
        GenerateResult generated = new SampleExportGenerator().generate(
                new GenerateRequest(PERIOD, 1, scale.generatorScale(), seed, 0.0, input));
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        Path periodDir = input.resolve(PERIOD.toString());
        long sourceRows = generated.totalRows();
        long inputBytes = sizeOf(periodDir);
        ctx.console().line(String.format("bench %s: generated %,d rows (%.1f MB) in %.1f s", scale, sourceRows, inputBytes / 1e6, generateSeconds));

        t0 = System.nanoTime();
        SparkSession spark = ctx.spark().get();
        double sparkStart = (System.nanoTime() - t0) / 1e9;
        SparkStageTimes sparkStages = new SparkStageTimes();
        spark.sparkContext().addSparkListener(sparkStages);

        List<StageResult> stages = new ArrayList<>();
        Map<String, List<SparkStageTimes.SparkStage>> slowest = new LinkedHashMap<>();
        try {
            TaskOutcome[] ingested = new TaskOutcome[1];
            stages.add(measure("ingest", () -> {
                ingested[0] = ingest.run(ctx, PERIOD, input, Optional.empty(), Optional.empty());
                return ingested[0].rowsIn();
            }, inputBytes, "rows read; " + "accepted + quarantined"));
            stages.set(stages.size() - 1, withSparkTotals(stages.get(stages.size() - 1), sparkStages));
            slowest.put("ingest", sparkStages.drainSlowest(5));
            long accepted = ingested[0].accepted();

            stages.add(measure("transform", () -> {
                transform.run(ctx, PERIOD);
                return accepted;
            }, 0, "rows = accepted source rows of the month (staging -> dimensions -> facts -> checks)"));
            stages.set(stages.size() - 1, withSparkTotals(stages.get(stages.size() - 1), sparkStages));
            slowest.put("transform", sparkStages.drainSlowest(8));

            TaskOutcome[] published = new TaskOutcome[1];
            StageResult pub = measure("publish", () -> {
                published[0] = publish.run(ctx, PERIOD);
                return tableRows(published[0]);
            }, 0, "rows = rows loaded into the DuckDB file (all tables); DuckDB memory_limit "
                    + ctx.settings().duckdb().memoryLimit() + ", threads " + ctx.settings().duckdb().threads());
            stages.add(pub);

            if (withReports) {
                stages.add(measure("report", () -> {
                    TaskOutcome r = report.run(ctx, PERIOD, new ReportStage.Selection(List.of(), List.of(), false,
                            List.of(), List.of("pdf"), out.resolve("reports")));
                    return ((Number) r.details().get("report_files")).longValue();
                }, 0, "rows = PDF files (company-wide reports, configured locales)"));
            }
        } finally {
            spark.sparkContext().removeSparkListener(sparkStages);
        }

        DuckDbConnections connections = new DuckDbConnections(ctx.settings().duckdb(), work.resolve("tmp"));
        DuckDbBaseline baseline = new DuckDbBaseline(connections);
        stages.add(baseline.ingest(periodDir, work));
        if (ctx.lake().lakeIsLocal()) {
            stages.add(baseline.aggregate(LakeLayout.localPath(ctx.lake().rawZone()), PERIOD, work));
        } else {
            // DuckDB reads local files only here; copying the raw zone first would measure the copy, not DuckDB
            ctx.console().line("bench: DuckDB baseline's aggregation skipped: the lake " + ctx.lake().lake() + " is not on the local file system");
        }

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spark.master", ctx.settings().spark().master());
        settings.put("spark.sql.shuffle.partitions", ctx.settings().spark().shufflePartitions());
        settings.put("duckdb.memory_limit", ctx.settings().duckdb().memoryLimit());
        settings.put("duckdb.threads", ctx.settings().duckdb().threads());
        settings.put("jvm.max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return new BenchResult(scale.name(), PERIOD.toString(), Instant.now().toString(), sourceRows, inputBytes,
                scale.generatorScale(), generateSeconds, sparkStart, stages, Machine.describe(), slowest, settings);
    }

    @FunctionalInterface
    private interface Body {
        long run() throws Exception;
    }

    private static StageResult measure(String stage, Body body, long bytes, String note) throws Exception {
        System.gc();
        long start = System.nanoTime();
        try (ResourceSampler sampler = ResourceSampler.start()) {
            long rows = body.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new StageResult(stage, "dw", rows, bytes, seconds, sampler.stop(), note);
        }
    }

    private static StageResult withSparkTotals(StageResult s, SparkStageTimes times) {
        long[] t = times.totals();
        return new StageResult(s.stage(), s.engine(), s.rows(), s.bytes(), s.seconds(), s.peak(),
                s.note() + "; " + t[0] + " Spark stages, their wall times summing to " + String.format(java.util.Locale.ROOT, "%.1f s", t[1] / 1000.0));
    }

    @SuppressWarnings("unchecked")
    private static long tableRows(TaskOutcome outcome) {
        Object tables = outcome.details().get("tables");
        if (tables instanceof Map<?, ?> map) {
            return ((Map<String, Object>) map).values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        }
        return 0;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx"))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
