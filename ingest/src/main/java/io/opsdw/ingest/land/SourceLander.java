package io.opsdw.ingest.land;

import static org.apache.spark.sql.functions.col;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.SourceResult;
import io.opsdw.ingest.contract.ContractRegistry;
import io.opsdw.ingest.contract.SourceContract;
import io.opsdw.ingest.layout.LakeFs;
import io.opsdw.ingest.layout.LakeLayout;
import io.opsdw.ingest.manifest.FileEntry;
import io.opsdw.ingest.manifest.Manifest;
import io.opsdw.ingest.manifest.ManifestIO;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.FileProbe;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.read.TableReaders;
import io.opsdw.ingest.validate.FileBinding;
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
import java.util.TreeMap;
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
 * Lands one source for one period: file-level checks on the driver, parsing and validation in Spark tasks
 * (one per file) written once to a staged copy, cross-row checks over it, then raw + quarantine + manifest
 * written aside and swapped into place only after every row is accounted for. A failure at any step leaves the previous partition as it was.
 * The work folder is on the lake's file system ({@link LakeLayout#work()}), so each swap is a rename there; the
 * export files ({@code files}) are local paths, read on the driver (probing) and by the tasks (parsing).
 */
public final class SourceLander {

    private static final Logger LOG = LoggerFactory.getLogger(SourceLander.class);

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;
    private final CrossRowChecks checks;

    public SourceLander(SparkSession spark, LakeLayout lake, ContractRegistry contracts) {
        this.spark = spark;
        this.lake = lake;
        this.fs = LakeFs.of(spark);
        this.checks = new CrossRowChecks(spark, lake, fs, contracts);
    }

    public SourceResult land(SourceContract contract, SourceMapping mapping, List<java.nio.file.Path> files, YearMonth period, String runId) {
        long started = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<FileEntry> duplicates = new ArrayList<>();
        Map<String, ProbedFile> bySha = new LinkedHashMap<>();
        for (java.nio.file.Path f : files) {
            ProbedFile p = FileProbe.probe(f, Optional.ofNullable(mapping.encoding()), Optional.ofNullable(mapping.delimiter()));
            ProbedFile seen = bySha.putIfAbsent(p.sha256(), p);
            if (seen != null) {
                duplicates.add(new FileEntry(p.name(), p.sha256(), p.bytes(), p.encodingLabel(), 0, 0, 0, true, seen.name()));
                warnings.add(p.name() + " has the same content as " + seen.name() + "; read once");
            }
        }
        List<FileTask> tasks = new ArrayList<>();
        LinkedHashSet<String> unknownColumns = new LinkedHashSet<>();
        List<ProbedFile> unique = new ArrayList<>();
        for (ProbedFile probed : bySha.values()) {
            ProbedFile p = weighCharset(probed, contract, mapping);
            unique.add(p);
            FileBinding binding;
            try (TableReader reader = TableReaders.open(p, mapping.skipRows())) {
                binding = FileBinding.bind(p.name(), reader.header(), contract, mapping);
            } catch (IngestException e) {
                throw p.charsetGuessed() ? new IngestException(e.getMessage() + " (read as " + p.charset()
                        + "; if the header looks garbled, declare encoding: in a mapping file)", e) : e;
            }
            try {
                new RowParser(contract, mapping, binding, period, p.name());
            } catch (IllegalArgumentException e) {
                throw new IngestException("mapping for " + contract.source() + ": " + e.getMessage(), e);
            }
            unknownColumns.addAll(binding.unknownColumns());
            warnings.addAll(binding.warnings());
            tasks.add(new FileTask(p, binding, contract, mapping, period));
        }

        removeStaleWork(contract.source(), period);
        Path work = new Path(lake.work(), contract.source() + "-" + period + "-" + runId + "-" + UUID.randomUUID());
        try {
            // Pass 1 parses every file once, with the single-row and reference checks, into a staged Parquet
            // copy; the later passes read only the columns they need from it (no cache, no second parse).
            Path stagedOut = new Path(work, "staged");
            checks.references(stage(contract, tasks), contract, period, warnings)
                    .write().mode(SaveMode.ErrorIfExists).parquet(stagedOut.toString());
            Dataset<Row> checked = checks.duplicates(spark.read().parquet(stagedOut.toString()), contract);
            // one pass over the checked rows gives the per-file and per-reason breakdown
            Map<String, Long> acceptedByFile = new HashMap<>();
            Map<String, Long> quarantinedByFile = new HashMap<>();
            Map<String, Long> byReason = new TreeMap<>();
            for (Row r : checked.groupBy(LandingSchema.SOURCE_FILE, LandingSchema.REASON_CODE).count().collectAsList()) {
                if (r.isNullAt(1)) {
                    acceptedByFile.merge(r.getString(0), r.getLong(2), Long::sum);
                } else {
                    quarantinedByFile.merge(r.getString(0), r.getLong(2), Long::sum);
                    byReason.merge(r.getString(1), r.getLong(2), Long::sum);
                }
            }
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

            List<FileEntry> entries = new ArrayList<>();
            long read = 0;
            long accepted = 0;
            long quarantined = 0;
            for (ProbedFile p : unique) {
                long a = acceptedByFile.getOrDefault(p.name(), 0L);
                long q = quarantinedByFile.getOrDefault(p.name(), 0L);
                long r = a + q;
                if (r == 0) {
                    warnings.add(p.name() + " holds a header but no data rows");
                }
                entries.add(new FileEntry(p.name(), p.sha256(), p.bytes(), p.encodingLabel(), r, a, q, null, null));
                read += r;
                accepted += a;
                quarantined += q;
            }
            entries.addAll(duplicates);
            // count what was written, not what was meant to be: nothing may be lost between checking and writing
            if (acceptedWritten != accepted || quarantinedWritten != quarantined) {
                throw new IllegalStateException(contract.source() + " " + period + ": wrote " + acceptedWritten
                        + " accepted and " + quarantinedWritten + " quarantined rows, expected " + accepted + " and " + quarantined);
            }
            Manifest manifest = new Manifest(runId, contract.source(), period.toString(), entries, read, accepted,
                    quarantined, byReason, List.copyOf(unknownColumns), List.copyOf(warnings));
            Path manifestOut = new Path(work, "manifest.json");
            ManifestIO.write(fs, manifest, manifestOut);

            // the manifest goes last: on a file system without atomic rename (S3) a reader can tell a partition
            // is complete when the manifest's counts match the Parquet footers beside it
            fs.replace(rawOut, lake.raw(contract.source(), period), new Path(work, "old-raw"));
            fs.replace(quarantineOut, lake.quarantine(contract.source(), period), new Path(work, "old-quarantine"));
            fs.replace(manifestOut, lake.manifest(contract.source(), period), new Path(work, "old-manifest.json"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("{} {}: {} files, {} rows read, {} accepted, {} quarantined {} in {} ms", contract.source(), period,
                    bySha.size(), read, accepted, quarantined, byReason, took.toMillis());
            return new SourceResult(contract.source(), files.size(), read, accepted, quarantined, byReason,
                    lake.raw(contract.source(), period), lake.quarantine(contract.source(), period), took);
        } catch (RuntimeException e) {
            throw unwrap(e);
        } finally {
            fs.delete(work);
        }
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

    /** A guessed GB18030/Big5 charset is kept only if no alternative decoding matches more of the header. */
    private static ProbedFile weighCharset(ProbedFile p, SourceContract contract, SourceMapping mapping) {
        Optional<String> alt = FileProbe.alternative(p);
        if (alt.isEmpty()) {
            return p;
        }
        ProbedFile other = p.withCharset(alt.get());
        return headerMatches(other, contract, mapping) > headerMatches(p, contract, mapping) ? other : p;
    }

    private static int headerMatches(ProbedFile p, SourceContract contract, SourceMapping mapping) {
        try (TableReader reader = TableReaders.open(p, mapping.skipRows())) {
            return FileBinding.matchingHeaders(reader.header(), contract, mapping);
        } catch (IngestException e) {
            return -1;
        }
    }

    /** One task per file: files are the unit of parallelism, rows stream out of each task. */
    private Dataset<Row> stage(SourceContract contract, List<FileTask> tasks) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(tasks, Math.max(1, tasks.size())).flatMap(FileTask::rows);
        return spark.createDataFrame(rows, LandingSchema.staging(contract));
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(n -> col(n)).toArray(Column[]::new);
    }

    /** A file-level error raised inside a task reaches the driver wrapped in Spark exceptions. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IngestException ie) {
                return ie;
            }
        }
        return e;
    }
}
