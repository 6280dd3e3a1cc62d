package io.opsdw.transforms;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.Parallel;
import io.opsdw.transforms.model.CalendarRange;
import io.opsdw.transforms.model.CodeAdditions;
import io.opsdw.transforms.model.DependencyOrder;
import io.opsdw.transforms.model.Materialization;
import io.opsdw.transforms.model.ModelCatalog;
import io.opsdw.transforms.model.ModelDef;
import io.opsdw.transforms.model.SqlTemplate;
import io.opsdw.transforms.quality.DqResult;
import io.opsdw.transforms.quality.DqRunner;
import io.opsdw.transforms.quality.ManifestCounts;
import io.opsdw.transforms.run.DqResultsTable;
import io.opsdw.transforms.run.MartWriter;
import io.opsdw.transforms.run.Waves;
import io.opsdw.transforms.run.SourceLoader;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transforms one period: staging views, dimensions rebuilt whole from every period's snapshots, the period's fact
 * partitions replaced, then the declared data-quality checks, written to dq_results before any error is raised.
 */
public final class TransformJob {

    private static final Logger LOG = LoggerFactory.getLogger(TransformJob.class);
    /** Concurrent Spark jobs: small models are latency-bound, so a few side by side finish sooner. */
    private static final int THREADS = 4;

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;
    private final int calendarMarginYears;

    public TransformJob(SparkSession spark, LakeLayout lake) {
        this(spark, lake, CalendarRange.DEFAULT_MARGIN_YEARS);
    }

    /** @param calendarMarginYears whole years dim_date adds before the earliest and after the latest period */
    public TransformJob(SparkSession spark, LakeLayout lake, int calendarMarginYears) {
        this.spark = spark;
        this.lake = lake;
        this.fs = LakeFs.of(spark);
        this.calendarMarginYears = calendarMarginYears;
    }

    private List<YearMonth> laterFactPeriods(YearMonth period) {
        SortedSet<YearMonth> out = new TreeSet<>();
        for (FileStatus table : fs.list(lake.martsRoot())) {
            if (!table.isDirectory() || !table.getPath().getName().startsWith("fact_")) {
                continue;
            }
            fs.periods(table.getPath()).stream().filter(p -> p.isAfter(period)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * Transforms a period, then re-derives the fact partitions of later periods already in the marts. SCD2 dimensions
     * are rebuilt from every snapshot, so a period transformed after later ones (a backfill, a late export) can split a
     * version those later periods' facts already point to (e.g. a customer's first version becomes September's
     * membership and October gets a new version). Re-deriving them keeps the warehouse independent of the order months
     * were run in; monthly runs in order have no later partitions and pay nothing. The report is the period's own, with
     * the periods re-derived ({@link TransformReport#rederived()}, oldest first).
     */
    public TransformReport run(YearMonth period, String runId) {
        TransformReport report = runPeriod(period, runId);
        if (report.nothingToDo()) {
            return report;
        }
        List<YearMonth> later = laterFactPeriods(period);
        for (YearMonth p : later) {
            runPeriod(p, runId);
        }
        return report.withRederived(later);
    }

    private TransformReport runPeriod(YearMonth period, String runId) {
        SourceLoader sources = new SourceLoader(spark, lake, fs);
        if (!sources.hasOperationalData(period)) {
            return TransformReport.nothing();
        }
        sources.registerAll(period);
        java.util.Set<YearMonth> periods = new TreeSet<>(sources.periodsInLake());
        periods.add(period);
        CalendarRange calendar = CalendarRange.spanning(periods, calendarMarginYears);
        LOG.info("calendar {}..{}", calendar.first(), calendar.last());
        CodeAdditions added = CodeAdditions.fromManifests(lake, fs);
        MartWriter writer = new MartWriter(lake, fs);
        List<ModelDef> models = DependencyOrder.sort(
                ModelCatalog.models().stream().filter(m -> m.materialization().hasSql()).toList());

        List<ModelResult> results = new ArrayList<>();
        for (List<ModelDef> wave : Waves.of(models)) {
            results.addAll(Parallel.map(wave, THREADS, "opsdw-transform", m -> build(m, period, calendar, added, writer)).stream()
                    .filter(r -> r != null).toList());
        }
        Map<String, Long> rowCounts = new HashMap<>();
        results.forEach(r -> rowCounts.put(r.model(), r.rowsWritten()));

        long t0 = System.nanoTime();
        List<DqResult> checks = new DqRunner(spark, new ManifestCounts(lake, fs), THREADS)
                .run(models, period, name -> rowCounts.getOrDefault(name, 0L));
        LOG.info("{} checks in {} ms", checks.size(), (System.nanoTime() - t0) / 1_000_000);
        LocalDateTime checkedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Dataset<Row> dqRows = DqResultsTable.toDataFrame(spark, runId, period, checks, checkedAt);
        writer.replace(dqRows.coalesce(1), lake.martPartition("dq_results", period));
        results.add(new ModelResult("dq_results", Materialization.SYSTEM.code(), checks.size()));

        TransformReport report = new TransformReport(results, checks, false);
        List<DqResult> errors = checks.stream().filter(DqResult::stopsPublishing).toList();
        if (!errors.isEmpty()) {
            throw new DataQualityException(errors, report);
        }
        return report;
    }

    /** Builds one model; returns null for a staging view (not written, and counting it would cost a Spark job). */
    private ModelResult build(ModelDef model, YearMonth period, CalendarRange calendar, CodeAdditions added,
                              MartWriter writer) {
        long t0 = System.nanoTime();
        Dataset<Row> df = spark.sql(SqlTemplate.render(model.sql(), period, calendar, added));
        Path target = switch (model.materialization()) {
            case DIMENSION -> lake.mart(model.name());
            case FACT -> lake.martPartition(model.name(), period);
            default -> null;
        };
        if (target == null) {
            df.createOrReplaceTempView(model.name());
            return null;
        }
        // Facts keep their input's parallelism (coalesce(1) would pull the whole fact's scan and joins into one
        // task: 6.5 M movements on one core at scale L); dimensions are small and read whole, so one file each.
        writer.replace(model.materialization() == Materialization.FACT ? df : df.coalesce(1), target);
        // Later models and the checks read the written Parquet, not a recomputation of the plan.
        spark.read().schema(df.schema()).parquet(target.toString()).createOrReplaceTempView(model.name());
        long rows = fs.parquetRows(target);
        LOG.info("{}: {} rows in {} ms", model.name(), rows, (System.nanoTime() - t0) / 1_000_000);
        return new ModelResult(model.name(), model.materialization().code(), rows);
    }
}
