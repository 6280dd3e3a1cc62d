package io.opsdw.warehouse.publish;

import io.opsdw.ingest.layout.LakeFs;
import io.opsdw.ingest.layout.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;

/**
 * The marts as a folder on the local disk, for DuckDB's {@code read_parquet} (which reads local files only here: no
 * {@code httpfs} extension offline). A lake on the local file system is read in place; from any other lake (HDFS, S3)
 * the marts' Parquet files are copied to {@code home/tmp/marts-<run>/} with the same layout, and the copy is deleted
 * on {@link #close()}.
 */
public final class LocalMarts implements AutoCloseable {

    private final Path dir;
    private final boolean copied;
    private final long files;
    private final long bytes;

    private LocalMarts(Path dir, boolean copied, long files, long bytes) {
        this.dir = dir;
        this.copied = copied;
        this.files = files;
        this.bytes = bytes;
    }

    /** {@code fs} is asked for only when the lake is not local (it may need the Spark session's configuration). */
    public static LocalMarts of(LakeLayout lake, Supplier<LakeFs> fs, String runId) {
        if (lake.lakeIsLocal()) {
            return new LocalMarts(LakeLayout.localPath(lake.martsRoot()), false, 0, 0);
        }
        Path copy = lake.tmp().resolve("marts-" + runId);
        deleteTree(copy);
        LocalMarts marts = new LocalMarts(copy, true, 0, 0);
        try {
            long[] counts = new long[2];
            copyParquet(fs.get(), lake.martsRoot(), copy, counts);
            return new LocalMarts(copy, true, counts[0], counts[1]);
        } catch (RuntimeException e) {
            marts.close();
            throw e;
        }
    }

    /** Every {@code .parquet} file below {@code from}, skipping hidden and {@code _}-prefixed entries (work folders). */
    private static void copyParquet(LakeFs fs, org.apache.hadoop.fs.Path from, Path to, long[] counts) {
        for (FileStatus entry : fs.list(from)) {
            String name = entry.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (entry.isDirectory()) {
                copyParquet(fs, entry.getPath(), to.resolve(name), counts);
            } else if (name.endsWith(".parquet")) {
                fs.copyToLocal(entry.getPath(), to.resolve(name));
                counts[0]++;
                counts[1] += entry.getLen();
            }
        }
    }

    /** The local folder to read: {@code <table>/[period=YYYY-MM/]*.parquet}. */
    public Path dir() {
        return dir;
    }

    /** True when {@link #dir()} is a copy (the lake is not local). */
    public boolean copied() {
        return copied;
    }

    public long files() {
        return files;
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        if (copied) {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the local copy of the marts " + dir + ": " + e.getMessage(), e);
        }
    }
}
