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

    /** Lands the source for one period: rows of other months are quarantined (OUT_OF_PERIOD) in it. */
    public SourceResult land(SourceContract contract, SourceMapping mapping, List<InputFile> files, YearMonth period,
                             String runId, boolean allowEmpty) {
        return land(contract, mapping, files, period, List.of(), runId, allowEmpty).get(0);
    }

    /**
     * Lands the source for {@code period}, or, when it is null, in every period its rows name (the month of the
     * contract's period field; a snapshot source without one lands whole in each of {@code snapshotPeriods}). The
     * files are parsed once whatever the number of periods; each period's partitions and manifest are replaced whole.
     * One result per period, in period order.
     */
    public List<SourceResult> land(SourceContract contract, SourceMapping mapping, List<InputFile> files, YearMonth period,
                                   List<YearMonth> snapshotPeriods, String runId, boolean allowEmpty) {
        long started = System.nanoTime();
        boolean spanning = period == null;
        boolean snapshot = contract.periodField() == null;
        if (spanning && snapshot && snapshotPeriods.isEmpty()) {
            throw new IngestException(contract.source() + " has no period field and no other export of the run names a period: "
                    + "pass --period YYYY-MM");
        }
        RowParser.Zones zones = SiteZones.of(spark, lake, fs, period, options.defaultZone(), contract);
        SourcePlan plan = SourcePlan.of(contract, mapping, files, period, options.readers(), zones);

        String scope = spanning ? "periods" : period.toString();
        removeStaleWork(contract.source(), scope);
        Path work = new Path(lake.work(), contract.source() + "-" + scope + "-" + runId + "-" + UUID.randomUUID());
        try {
            Map<String, FileCount> counted = countRecords(plan.files(), mapping.skipRows());
            // Pass 1 parses every table once, with the single-row and reference checks, into a staged Parquet
            // copy; the later passes read only the columns they need from it (no cache, no second parse).
            Path stagedOut = new Path(work, "staged");
            List<String> warnings = new ArrayList<>(plan.warnings());
            checks.references(stage(contract, plan.tasks()), contract, period, warnings)
                    .write().mode(SaveMode.ErrorIfExists).parquet(stagedOut.toString());
            Dataset<Row> stagedOnce = spark.read().parquet(stagedOut.toString());
            Dataset<Row> staged = stagedOnce;
            if (spanning && snapshot) {
                // a snapshot (master data) spanning the run's periods: the same rows are the snapshot of each
                staged = staged.withColumn(LandingSchema.PERIOD, org.apache.spark.sql.functions.explode(
                        org.apache.spark.sql.functions.array(snapshotPeriods.stream().sorted().distinct()
                                .map(p -> lit(p.toString())).toArray(Column[]::new))));
            }
            Dataset<Row> checked = checks.duplicates(staged, contract);
            PeriodTotals periods = PeriodTotals.of(checked);
            periods.fileError().ifPresent(label -> {
                throw new IngestException(checked.filter(col(LandingSchema.REASON_CODE).equalTo(FileTask.FILE_ERROR))
                        .select(LandingSchema.REASON_DETAIL).first().getString(0));
            });
            // the reader's records against the independent count, over the whole export (one copy of a snapshot)
            TableTotals whole = spanning && snapshot ? periods.byPeriod().values().iterator().next() : periods.all();
            CountCheck.verify(plan, counted, whole, stagedOnce, mapping.skipRows());
            Map<YearMonth, TableTotals> byPeriod = spanning ? periods.placed(contract)
                    : Map.of(period, periods.byPeriod().getOrDefault(period, TableTotals.EMPTY));
            long rowsCounted = plan.manifestEntries(counted, whole).stream().mapToLong(FileEntry::rowsCounted).sum();
            LandingGuard.check(contract, period, rowsCounted, whole.accepted(), whole.quarantined(), whole, allowEmpty, options, lake, fs);
            // rows whose period cannot be read (quarantined) go to the latest period the export names
            YearMonth latest = byPeriod.keySet().stream().max(YearMonth::compareTo).orElseThrow();
            Dataset<Row> placed = checked.withColumn(LandingSchema.PERIOD,
                    org.apache.spark.sql.functions.coalesce(col(LandingSchema.PERIOD), lit(latest.toString())));
            Map<YearMonth, Map<String, Long>> fallbacks = fallbackCounts(placed, mapping);

            Path rawOut = new Path(work, "raw");
            Path quarantineOut = new Path(work, "quarantine");
            writeByPeriod(placed.filter(col(LandingSchema.REASON_CODE).isNull()), LandingSchema.rawColumns(contract), rawOut,
                    byPeriod.keySet(), work);
            writeByPeriod(placed.filter(col(LandingSchema.REASON_CODE).isNotNull()), LandingSchema.QUARANTINE_COLUMNS,
                    quarantineOut, byPeriod.keySet(), work);

            List<SourceResult> results = new ArrayList<>();
            for (Map.Entry<YearMonth, TableTotals> e : new java.util.TreeMap<>(byPeriod).entrySet()) {
                YearMonth p = e.getKey();
                TableTotals totals = e.getValue();
                List<FileEntry> entries = plan.manifestEntries(counted, totals);
                List<String> periodWarnings = new ArrayList<>(warnings);
                for (FileEntry f : entries) {
                    if (f.skippedDuplicateFile() == null && f.rowsRead() == 0 && !spanning) {
                        periodWarnings.add(f.name() + " holds a header but no data rows");
                    }
                }
                Map<String, Long> periodFallbacks = fallbacks.getOrDefault(p, Map.of());
                periodFallbacks.forEach((field, rows) -> periodWarnings.add(field + ": " + rows + (rows == 1 ? " row" : " rows")
                        + " with a value that is none of the codes landed as the fallback code '"
                        + mapping.fallbackCodes().get(field) + "' (mapping fallback_codes)"));
                long counted_p = entries.stream().mapToLong(FileEntry::rowsCounted).sum();
                Path rawP = partition(rawOut, p);
                Path quarantineP = partition(quarantineOut, p);
                long acceptedWritten = fs.parquetRows(rawP);
                long quarantinedWritten = fs.parquetRows(quarantineP);
                // count what was written, not what was meant to be: nothing may be lost between checking and writing
                if (acceptedWritten != totals.accepted() || quarantinedWritten != totals.quarantined()) {
                    throw new IllegalStateException(contract.source() + " " + p + ": wrote " + acceptedWritten
                            + " accepted and " + quarantinedWritten + " quarantined rows, expected " + totals.accepted() + " and "
                            + totals.quarantined());
                }
                List<String> manifestWarnings = new ArrayList<>(periodWarnings);
                if (spanning) {
                    manifestWarnings.add("one export spanning " + byPeriod.size() + " periods (" + byPeriod.keySet().stream().min(YearMonth::compareTo).orElseThrow()
                            + " to " + latest + "): rows_counted is the records landed in this period; the independent count of "
                            + whole.records() + " records covers the whole export");
                }
                Manifest manifest = new Manifest(runId, contract.source(), p.toString(), entries, counted_p,
                        totals.accepted() + totals.quarantined(), totals.accepted(), totals.quarantined(), totals.byReason(),
                        List.copyOf(new LinkedHashSet<>(plan.unknownColumns())), List.copyOf(manifestWarnings), addedCodes(mapping),
                        periodFallbacks);
                Path manifestOut = new Path(work, "manifest-" + p + ".json");
                ManifestIO.write(fs, manifest, manifestOut);
                results.add(new SourceResult(contract.source(), files.size(), counted_p, totals.accepted() + totals.quarantined(),
                        totals.accepted(), totals.quarantined(), totals.byReason(), lake.raw(contract.source(), p),
                        lake.quarantine(contract.source(), p), Duration.ZERO, results.isEmpty() ? plan.notices() : List.of(),
                        periodWarnings, p));
            }
            for (SourceResult r : results) {
                YearMonth p = r.period();
                // the manifest goes last: on a file system without atomic rename (S3) a reader can tell a partition
                // is complete when the manifest's counts match the Parquet footers beside it
                fs.replace(partition(rawOut, p), lake.raw(contract.source(), p), new Path(work, "old-raw-" + p));
                fs.replace(partition(quarantineOut, p), lake.quarantine(contract.source(), p), new Path(work, "old-quarantine-" + p));
                fs.replace(new Path(work, "manifest-" + p + ".json"), lake.manifest(contract.source(), p),
                        new Path(work, "old-manifest-" + p + ".json"));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("{} {}: {} files, {} records counted, {} accepted, {} quarantined {} in {} periods, {} ms", contract.source(),
                    spanning ? "all periods" : period, plan.files().size(), whole.records(), whole.accepted(), whole.quarantined(),
                    whole.byReason(), byPeriod.size(), took.toMillis());
            return results.stream().map(r -> r.took(took)).toList();
        } catch (Exception e) {
            // Spark throws its (checked) SparkException from Scala code: caught here too, never let out as is
            throw Failures.propagate(e);
        } finally {
            fs.delete(work);
        }
    }

    /**
     * The periods the source's rows name (the month of the period field, where it can be read): one pass over the
     * files, nothing written. Used to land the run's snapshots in each period an export spanning periods names.
     */
    public List<YearMonth> periods(SourceContract contract, SourceMapping mapping, List<InputFile> files) {
        RowParser.Zones zones = SiteZones.of(spark, lake, fs, null, options.defaultZone(), contract);
        SourcePlan plan = SourcePlan.of(contract, mapping, files, null, options.readers(), zones);
        try {
            return stage(contract, plan.tasks()).filter(col(LandingSchema.PERIOD).isNotNull()).select(LandingSchema.PERIOD).distinct()
                    .collectAsList().stream().map(r -> YearMonth.parse(r.getString(0))).sorted().toList();
        } catch (Exception e) {
            throw Failures.propagate(e);
        }
    }

    /** Spark's partition column for the write by period (a name no contract field has). */
    private static final String PARTITION = "dw_period";

    private static Path partition(Path out, YearMonth p) {
        return new Path(out, PARTITION + "=" + p);
    }

    /**
     * One write for every period (partitioned by period), so an export spanning many months is written in one job;
     * a period without rows here gets an empty Parquet file with the schema, as a single-period write of no rows does.
     */
    private void writeByPeriod(Dataset<Row> rows, List<String> columns, Path out, java.util.Set<YearMonth> periods, Path work) {
        List<Column> cols = new ArrayList<>(List.of(columns(columns)));
        cols.add(col(LandingSchema.PERIOD).as(PARTITION));
        rows.select(cols.toArray(Column[]::new)).write().mode(SaveMode.ErrorIfExists).partitionBy(PARTITION).parquet(out.toString());
        Path empty = null;
        for (YearMonth p : periods) {
            Path target = partition(out, p);
            if (fs.isDirectory(target)) {
                continue;
            }
            if (empty == null) {
                empty = new Path(work, "empty-" + out.getName());
                rows.select(columns(columns)).limit(0).write().mode(SaveMode.ErrorIfExists).parquet(empty.toString());
            }
            fs.copyDir(empty, target);
        }
    }

    /** Per period, accepted rows per code field that landed as the mapping's fallback code (fields with none are left out). */
    private static Map<YearMonth, Map<String, Long>> fallbackCounts(Dataset<Row> placed, SourceMapping mapping) {
        Map<YearMonth, Map<String, Long>> out = new HashMap<>();
        if (mapping.fallbackCodes().isEmpty()) {
            return out;
        }
        placed.filter(col(LandingSchema.REASON_CODE).isNull().and(col(LandingSchema.CODE_FALLBACKS).isNotNull()))
                .select(col(LandingSchema.PERIOD), org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.split(
                        col(LandingSchema.CODE_FALLBACKS), ",")).as("field"))
                .groupBy(LandingSchema.PERIOD, "field").count().collectAsList()
                .forEach(r -> out.computeIfAbsent(YearMonth.parse(r.getString(0)), k -> new java.util.TreeMap<>())
                        .put(r.getString(1), r.getLong(2)));
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
    private void removeStaleWork(String source, String scope) {
        String prefix = source + "-" + scope + "-";
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
     * The checked rows' totals per period (the staged period column, null when a row's period cannot be read), from
     * one aggregation, and whether a table failed as a whole.
     */
    record PeriodTotals(Map<String, TableTotals> byPeriodText, TableTotals all, Optional<String> fileError) {

        static PeriodTotals of(Dataset<Row> checked) {
            Column first = col(LandingSchema.SEQ).equalTo(0);
            List<Row> rows = checked.groupBy(col(LandingSchema.PERIOD), col(LandingSchema.SOURCE_FILE), col(LandingSchema.REASON_CODE),
                            col(LandingSchema.REASON_FIELD))
                    .agg(count(lit(1)), sum(when(first, 1L).otherwise(0L)), sum(when(first, col(LandingSchema.SOURCE_LINE)).otherwise(0L)))
                    .collectAsList();
            Map<String, List<Row>> grouped = new HashMap<>();
            String fileError = null;
            for (Row r : rows) {
                if (FileTask.FILE_ERROR.equals(r.isNullAt(2) ? null : r.getString(2))) {
                    fileError = r.getString(1);
                    continue;
                }
                grouped.computeIfAbsent(r.isNullAt(0) ? null : r.getString(0), k -> new ArrayList<>()).add(r);
            }
            Map<String, TableTotals> byPeriod = new HashMap<>();
            grouped.forEach((p, g) -> byPeriod.put(p, TableTotals.from(g)));
            return new PeriodTotals(byPeriod, TableTotals.from(rows.stream()
                    .filter(r -> r.isNullAt(2) || !FileTask.FILE_ERROR.equals(r.getString(2))).toList()), Optional.ofNullable(fileError));
        }

        /** Totals of the periods rows name (rows without one left out). */
        Map<YearMonth, TableTotals> byPeriod() {
            Map<YearMonth, TableTotals> out = new HashMap<>();
            byPeriodText.forEach((p, t) -> {
                if (p != null) {
                    out.put(YearMonth.parse(p), t);
                }
            });
            return out;
        }

        /**
         * Totals per period for an export landed in the periods it names: rows whose period cannot be read go to the
         * latest. An export naming no period at all cannot be landed without one.
         */
        Map<YearMonth, TableTotals> placed(SourceContract contract) {
            Map<YearMonth, TableTotals> out = byPeriod();
            TableTotals unplaced = byPeriodText.get(null);
            if (out.isEmpty()) {
                throw new IngestException(contract.source() + ": " + (unplaced == null ? "the export holds no data rows"
                        : "no row has a readable " + contract.periodField() + " (" + unplaced.quarantined() + " rows quarantined: "
                        + unplaced.byReason() + ")") + ", so no period to land it in; pass --period YYYY-MM");
            }
            if (unplaced != null) {
                YearMonth latest = out.keySet().stream().max(YearMonth::compareTo).orElseThrow();
                out.put(latest, TableTotals.sum(out.get(latest), unplaced));
            }
            return out;
        }
    }

    /**
     * Per table label and reason: rows, records (a record's first row has seq 0) and the sum of the records' first
     * lines.
     */
    record TableTotals(Map<String, long[]> byLabel, Map<String, Long> byReason, Map<String, Map<String, Long>> fieldsByReason,
                       long accepted, long quarantined) {

        static final TableTotals EMPTY = new TableTotals(Map.of(), Map.of(), Map.of(), 0, 0);

        /** From aggregated rows (period, label, reason, field, rows, records, sum of first lines), file errors left out. */
        static TableTotals from(List<Row> rows) {
            Map<String, long[]> byLabel = new LinkedHashMap<>();
            Map<String, Long> byReason = new java.util.TreeMap<>();
            Map<String, Map<String, Long>> fields = new HashMap<>();
            long accepted = 0;
            long quarantined = 0;
            for (Row r : rows) {
                String label = r.getString(1);
                String reason = r.isNullAt(2) ? null : r.getString(2);
                long n = r.getLong(4);
                long[] t = byLabel.computeIfAbsent(label, k -> new long[4]);
                t[reason == null ? 0 : 1] += n;
                t[2] += r.getLong(5);
                t[3] += r.getLong(6);
                if (reason == null) {
                    accepted += n;
                } else {
                    quarantined += n;
                    byReason.merge(reason, n, Long::sum);
                    fields.computeIfAbsent(reason, k -> new HashMap<>()).merge(r.isNullAt(3) ? "?" : r.getString(3), n, Long::sum);
                }
            }
            return new TableTotals(byLabel, byReason, fields, accepted, quarantined);
        }

        static TableTotals sum(TableTotals a, TableTotals b) {
            Map<String, long[]> byLabel = new LinkedHashMap<>();
            for (TableTotals t : List.of(a, b)) {
                t.byLabel.forEach((label, v) -> {
                    long[] s = byLabel.computeIfAbsent(label, k -> new long[4]);
                    for (int i = 0; i < 4; i++) {
                        s[i] += v[i];
                    }
                });
            }
            Map<String, Long> byReason = new java.util.TreeMap<>(a.byReason);
            b.byReason.forEach((k, v) -> byReason.merge(k, v, Long::sum));
            Map<String, Map<String, Long>> fields = new HashMap<>();
            for (TableTotals t : List.of(a, b)) {
                t.fieldsByReason.forEach((reason, f) -> f.forEach((field, n) ->
                        fields.computeIfAbsent(reason, k -> new HashMap<>()).merge(field, n, Long::sum)));
            }
            return new TableTotals(byLabel, byReason, fields, a.accepted + b.accepted, a.quarantined + b.quarantined);
        }

        /** Records read, over every table. */
        long records() {
            return byLabel.values().stream().mapToLong(v -> v[2]).sum();
        }

        long[] of(String label) {
            return byLabel.getOrDefault(label, new long[4]);
        }
    }
}
