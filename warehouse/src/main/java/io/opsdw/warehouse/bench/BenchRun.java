package io.opsdw.warehouse.bench;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.GenerateResult;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.task.LocalFiles;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.warehouse.pipeline.StageOutput;
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
import java.util.function.Supplier;
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

    private final MonthlyRun monthly;

    public BenchRun(MonthlyRun monthly) {
        this.monthly = monthly;
    }

    public BenchResult run(TaskContext ctx, BenchScale scale, Path out, long seed, boolean withReports) throws Exception {
        // the stages' own timings (per source, per model) go to stderr: the profile behind the table
        org.apache.logging.log4j.core.config.Configurator.setLevel("io.opsdw.ingest", org.apache.logging.log4j.Level.INFO);
        org.apache.logging.log4j.core.config.Configurator.setLevel("io.opsdw.transforms", org.apache.logging.log4j.Level.INFO);
        Path input = out.resolve("input");
        Path work = out.resolve("baseline");
        LocalFiles.deleteTree(work);
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
        Map<String, Measured> measured = new LinkedHashMap<>();
        MonthlyRun.Result result;
        try {
            // the same sequence dw run uses; the wrapper measures each stage and drains Spark's stage times after it
            Optional<ReportStage.Selection> reports = withReports ? Optional.of(new ReportStage.Selection(List.of(), List.of(), false,
                    List.of(), List.of("pdf"), out.resolve("reports"))) : Optional.empty();
            result = monthly.run(ctx, new MonthlyRun.Month(PERIOD, Optional.of(input), Optional.empty(), reports),
                    new MonthlyRun.StageWrapper() {
                        @Override
                        public <R extends StageOutput> R run(String stage, Supplier<R> body) {
                            System.gc();
                            long start = System.nanoTime();
                            try (ResourceSampler sampler = ResourceSampler.start()) {
                                R r = body.get();
                                measured.put(stage, new Measured((System.nanoTime() - start) / 1e9, sampler.stop(), sparkStages.totals()));
                                slowest.put(stage, sparkStages.drainSlowest("transform".equals(stage) ? 8 : 5));
                                return r;
                            }
                        }
                    });
        } finally {
            spark.sparkContext().removeSparkListener(sparkStages);
        }
        if (result.ingested().nothingToDo()) {
            throw new IllegalStateException("bench: the generated month was not ingested: " + result.ingested().outcome().reason());
        }
        long accepted = result.ingested().outcome().accepted();
        stages.add(measured.get("ingest").withSparkTotals(new StageResult("ingest", "dw", result.ingested().outcome().rowsIn(),
                inputBytes, 0, null, "rows read; accepted + quarantined")));
        stages.add(measured.get("transform").withSparkTotals(new StageResult("transform", "dw", accepted, 0, 0, null,
                "rows = accepted source rows of the month (staging -> dimensions -> facts -> checks)")));
        slowest.remove("publish");
        stages.add(measured.get("publish").plain(new StageResult("publish", "dw", result.published().orElseThrow().result().totalRows(), 0, 0, null,
                "rows = rows loaded into the DuckDB file (all tables); DuckDB memory_limit "
                        + ctx.settings().duckdb().memoryLimit() + ", threads " + ctx.settings().duckdb().threads())));
        result.rendered().ifPresent(r -> {
            slowest.remove("report");
            stages.add(measured.get("report").plain(new StageResult("report", "dw", r.files().size(), 0, 0, null,
                    "rows = PDF files (company-wide reports, configured locales)")));
        });

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

    /** A stage's wall time, peak resources and (cumulative since the last drain) Spark stage totals. */
    private record Measured(double seconds, Peak peak, long[] sparkTotals) {

        StageResult plain(StageResult s) {
            return new StageResult(s.stage(), s.engine(), s.rows(), s.bytes(), seconds, peak, s.note());
        }

        StageResult withSparkTotals(StageResult s) {
            return new StageResult(s.stage(), s.engine(), s.rows(), s.bytes(), seconds, peak, s.note() + "; " + sparkTotals[0]
                    + " Spark stages, their wall times summing to " + String.format(java.util.Locale.ROOT, "%.1f s", sparkTotals[1] / 1000.0));
        }
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

}
