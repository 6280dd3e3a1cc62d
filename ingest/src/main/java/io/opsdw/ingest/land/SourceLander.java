package io.opsdw.ingest.land;

import io.opsdw.lakecontract.LandingSchema;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.opsdw.ingest.Failures;
import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.count.FileCount;
import io.opsdw.ingest.count.RecordCounter;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.FileEntry;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.InputFile;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.validate.RowParser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lands one source for one period: file-level checks and header binding on the driver ({@link SourcePlan}), an
 * independent count of every file's records and the parsing and validation in Spark tasks, cross-row checks over a
 * staged copy, then raw + quarantine + manifest written aside and swapped into place only after every record the count
 * found was read, and the result does not throw away what is landed (an empty export, a mostly quarantined one). A
 * failure at any step leaves the previous partition as it was. The work folder is on the lake's file system
 * ({@link LakeLayout#work()}), so each swap is a rename there; the export files are local paths, read on the driver
 * (probing) and by the tasks (counting, parsing).
 */
public final class SourceLander {

    private static final Logger LOG = LoggerFactory.getLogger(SourceLander.class);

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;
    private final CrossRowChecks checks;
    private final IngestOptions options;

    public SourceLander(SparkSession spark, LakeLayout lake, ContractRegistry contracts, IngestOptions options) {
        this.spark = spark;
        this.lake = lake;
        this.fs = LakeFs.of(spark);
        this.checks = new CrossRowChecks(spark, lake, fs, contracts);
        this.options = options;
    }

    public SourceResult land(SourceContract contract, SourceMapping mapping, List<InputFile> files, YearMonth period,
                             String runId, boolean allowEmpty) {
        long started = System.nanoTime();
        RowParser.Zones zones = SiteZones.of(spark, lake, fs, period, options.defaultZone(), contract);
        SourcePlan plan = SourcePlan.of(contract, mapping, files, period, options.readers(), zones);

        removeStaleWork(contract.source(), period);
        Path work = new Path(lake.work(), contract.source() + "-" + period + "-" + runId + "-" + UUID.randomUUID());
        try {
            Map<String, FileCount> counted = countRecords(plan.files(), mapping.skipRows());
            // Pass 1 parses every table once, with the single-row and reference checks, into a staged Parquet
            // copy; the later passes read only the columns they need from it (no cache, no second parse).
            Path stagedOut = new Path(work, "staged");
            List<String> warnings = new ArrayList<>(plan.warnings());
            checks.references(stage(contract, plan.tasks()), contract, period, warnings)
                    .write().mode(SaveMode.ErrorIfExists).parquet(stagedOut.toString());
            Dataset<Row> staged = spark.read().parquet(stagedOut.toString());
            Dataset<Row> checked = checks.duplicates(staged, contract);
            TableTotals totals = TableTotals.of(checked);
            totals.fileError().ifPresent(label -> {
                throw new IngestException(staged.filter(col(LandingSchema.REASON_CODE).equalTo(FileTask.FILE_ERROR))
                        .select(LandingSchema.REASON_DETAIL).first().getString(0));
            });
            CountCheck.verify(plan, counted, totals, staged, mapping.skipRows());

            List<FileEntry> entries = plan.manifestEntries(counted, totals);
            long rowsCounted = entries.stream().mapToLong(FileEntry::rowsCounted).sum();
            long accepted = totals.accepted();
            long quarantined = totals.quarantined();
            Map<String, Long> byReason = totals.byReason();
            for (FileEntry e : entries) {
                if (e.skippedDuplicateFile() == null && e.rowsRead() == 0) {
                    warnings.add(e.name() + " holds a header but no data rows");
                }
            }
            Map<String, Long> fallbacks = fallbackCounts(checked, mapping);
            fallbacks.forEach((field, rows) -> warnings.add(field + ": " + rows + (rows == 1 ? " row" : " rows")
                    + " with a value that is none of the codes landed as the fallback code '"
                    + mapping.fallbackCodes().get(field) + "' (mapping fallback_codes)"));
            LandingGuard.check(contract, period, rowsCounted, accepted, quarantined, totals, allowEmpty, options, lake, fs);

            Path rawOut = new Path(work, "raw");
            Path quarantineOut = new Path(work, "quarantine");
            checked.filter(col(LandingSchema.REASON_CODE).isNull())
                    .select(columns(LandingSchema.rawColumns(contract)))
                    .write().mode(SaveMode.ErrorIfExists).parquet(rawOut.toString());
            checked.filter(col(LandingSchema.REASON_CODE).isNotNull())
                    .select(columns(LandingSchema.QUARANTINE_COLUMNS))
                    .write().mode(SaveMode.ErrorIfExists).parquet(quarantineOut.toString());
            long acceptedWritten = fs.parquetRows(rawOut);
            long quarantinedWritten = fs.parquetRows(quarantineOut);
            // count what was written, not what was meant to be: nothing may be lost between checking and writing
            if (acceptedWritten != accepted || quarantinedWritten != quarantined) {
                throw new IllegalStateException(contract.source() + " " + period + ": wrote " + acceptedWritten
                        + " accepted and " + quarantinedWritten + " quarantined rows, expected " + accepted + " and " + quarantined);
            }
            Manifest manifest = new Manifest(runId, contract.source(), period.toString(), entries, rowsCounted,
                    accepted + quarantined, accepted, quarantined, byReason, List.copyOf(new LinkedHashSet<>(plan.unknownColumns())),
                    List.copyOf(warnings), addedCodes(mapping), fallbacks);
            Path manifestOut = new Path(work, "manifest.json");
            ManifestIO.write(fs, manifest, manifestOut);

            // the manifest goes last: on a file system without atomic rename (S3) a reader can tell a partition
            // is complete when the manifest's counts match the Parquet footers beside it
            fs.replace(rawOut, lake.raw(contract.source(), period), new Path(work, "old-raw"));
            fs.replace(quarantineOut, lake.quarantine(contract.source(), period), new Path(work, "old-quarantine"));
            fs.replace(manifestOut, lake.manifest(contract.source(), period), new Path(work, "old-manifest.json"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("{} {}: {} files, {} records counted, {} accepted, {} quarantined {} in {} ms", contract.source(), period,
                    plan.files().size(), rowsCounted, accepted, quarantined, byReason, took.toMillis());
            return new SourceResult(contract.source(), files.size(), rowsCounted, accepted + quarantined, accepted, quarantined,
                    byReason, lake.raw(contract.source(), period), lake.quarantine(contract.source(), period), took, plan.notices(),
                    manifest.warnings());
        } catch (Exception e) {
            // Spark throws its (checked) SparkException from Scala code: caught here too, never let out as is
            throw Failures.propagate(e);
        } finally {
            fs.delete(work);
        }
    }

    /** Accepted rows per code field that landed as the mapping's fallback code (fields with none are left out). */
    private static Map<String, Long> fallbackCounts(Dataset<Row> checked, SourceMapping mapping) {
        Map<String, Long> out = new java.util.TreeMap<>();
        if (mapping.fallbackCodes().isEmpty()) {
            return out;
        }
        checked.filter(col(LandingSchema.REASON_CODE).isNull().and(col(LandingSchema.CODE_FALLBACKS).isNotNull()))
                .select(org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.split(
                        col(LandingSchema.CODE_FALLBACKS), ",")).as("field"))
                .groupBy("field").count().collectAsList()
                .forEach(r -> out.put(r.getString(0), r.getLong(1)));
        return out;
    }

    /** The mapping's added codes, as the manifest keeps them for the transforms' labels. */
    private static Map<String, Map<String, Map<String, String>>> addedCodes(SourceMapping mapping) {
        Map<String, Map<String, Map<String, String>>> out = new java.util.LinkedHashMap<>();
        mapping.addCodes().forEach((field, codes) -> {
            Map<String, Map<String, String>> byCode = new java.util.LinkedHashMap<>();
            codes.forEach((code, labels) -> byCode.put(code, Map.copyOf(labels)));
            out.put(field, byCode);
        });
        return out;
    }

    /**
     * The independent count, one Spark task per file (next to the file, like the parse). A file that cannot be
     * counted (a sheet part that does not parse, say) stops the source with one line.
     */
    private Map<String, FileCount> countRecords(List<ProbedFile> files, int skipRows) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<FileCount> counts = jsc.parallelize(files, Math.max(1, files.size()))
                .map(f -> RecordCounter.count(f, skipRows)).collect();
        Map<String, FileCount> byName = new HashMap<>();
        for (FileCount c : counts) {
            if (c.error() != null) {
                throw new IngestException("file " + c.file() + ": cannot be read through to its end (" + c.error()
                        + "); re-export it");
            }
            byName.put(c.file(), c);
        }
        return byName;
    }

    /**
     * Work folders left by a killed run of the same source and period are garbage: they were never swapped in.
     * (One writer at a time is the caller's lock; see the CLI.)
     */
    private void removeStaleWork(String source, YearMonth period) {
        String prefix = source + "-" + period + "-";
        try {
            for (FileStatus stale : fs.list(lake.work())) {
                if (stale.getPath().getName().startsWith(prefix)) {
                    fs.delete(stale.getPath());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            LOG.warn("cannot clean {}: {}", lake.work(), e.getMessage());
        }
    }

    /** One task per table: tables are the unit of parallelism, rows stream out of each task. */
    private Dataset<Row> stage(SourceContract contract, List<FileTask> tasks) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(tasks, Math.max(1, tasks.size())).flatMap(FileTask::rows);
        return spark.createDataFrame(rows, LandingSchema.staging(contract));
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(n -> col(n)).toArray(Column[]::new);
    }

    /**
     * Per table label and reason: rows, records (a record's first row has seq 0) and the sum of the records' first
     * lines, from one aggregation over the checked rows.
     */
    record TableTotals(Map<String, long[]> byLabel, Map<String, Long> byReason, Map<String, Map<String, Long>> fieldsByReason,
                       long accepted, long quarantined, Optional<String> fileError) {

        /** Per label: accepted rows, quarantined rows, records, sum of record start lines. */
        static TableTotals of(Dataset<Row> checked) {
            Map<String, long[]> byLabel = new LinkedHashMap<>();
            Map<String, Long> byReason = new java.util.TreeMap<>();
            Map<String, Map<String, Long>> fields = new HashMap<>();
            long accepted = 0;
            long quarantined = 0;
            String fileError = null;
            Column first = col(LandingSchema.SEQ).equalTo(0);
            List<Row> rows = checked.groupBy(col(LandingSchema.SOURCE_FILE), col(LandingSchema.REASON_CODE), col(LandingSchema.REASON_FIELD))
                    .agg(count(lit(1)), sum(when(first, 1L).otherwise(0L)), sum(when(first, col(LandingSchema.SOURCE_LINE)).otherwise(0L)))
                    .collectAsList();
            for (Row r : rows) {
                String label = r.getString(0);
                String reason = r.isNullAt(1) ? null : r.getString(1);
                long n = r.getLong(3);
                if (FileTask.FILE_ERROR.equals(reason)) {
                    fileError = label;
                    continue;
                }
                long[] t = byLabel.computeIfAbsent(label, k -> new long[4]);
                t[reason == null ? 0 : 1] += n;
                t[2] += r.getLong(4);
                t[3] += r.getLong(5);
                if (reason == null) {
                    accepted += n;
                } else {
                    quarantined += n;
                    byReason.merge(reason, n, Long::sum);
                    fields.computeIfAbsent(reason, k -> new HashMap<>()).merge(r.isNullAt(2) ? "?" : r.getString(2), n, Long::sum);
                }
            }
            return new TableTotals(byLabel, byReason, fields, accepted, quarantined, Optional.ofNullable(fileError));
        }

        long[] of(String label) {
            return byLabel.getOrDefault(label, new long[4]);
        }
    }
}
