package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import java.nio.file.Path;
import io.opsdw.warehouse.task.LocalFiles;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;

/**
 * A zone of the lake (the marts, the quarantine) as a folder on the local disk, for DuckDB's {@code read_parquet} (which
 * reads local files only here: no {@code httpfs} extension offline). A lake on the local file system is read in place;
 * from any other lake (HDFS, S3) the zone's Parquet files are copied to {@code home/tmp/<zone>-<run>/} with the same
 * layout, and the copy is deleted on {@link #close()}.
 */
public final class LocalZone implements AutoCloseable {

    private final Path dir;
    private final boolean copied;
    private final long files;
    private final long bytes;

    private LocalZone(Path dir, boolean copied, long files, long bytes) {
        this.dir = dir;
        this.copied = copied;
        this.files = files;
        this.bytes = bytes;
    }

    /** The marts: {@code <table>/[period=YYYY-MM/]*.parquet}. */
    public static LocalZone marts(LakeLayout lake, Supplier<LakeFs> fs, String runId) {
        return of(lake, lake.martsRoot(), fs, "marts-" + runId);
    }

    /** The quarantine: {@code <source>/period=YYYY-MM/*.parquet}. */
    public static LocalZone quarantine(LakeLayout lake, Supplier<LakeFs> fs, String runId) {
        return of(lake, lake.quarantineZone(), fs, "quarantine-" + runId);
    }

    /** {@code fs} is asked for only when the lake is not local (it may need the Spark session's configuration). */
    private static LocalZone of(LakeLayout lake, org.apache.hadoop.fs.Path zone, Supplier<LakeFs> fs, String copyName) {
        if (lake.lakeIsLocal()) {
            return new LocalZone(LakeLayout.localPath(zone), false, 0, 0);
        }
        Path copy = lake.tmp().resolve(copyName);
        LocalFiles.deleteTree(copy);
        LocalZone local = new LocalZone(copy, true, 0, 0);
        try {
            long[] counts = new long[2];
            LakeFs lakeFs = fs.get();
            if (lakeFs.exists(zone)) {
                copyParquet(lakeFs, zone, copy, counts);
            }
            return new LocalZone(copy, true, counts[0], counts[1]);
        } catch (RuntimeException e) {
            local.close();
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

    /** The local folder to read (may not exist when the zone is empty). */
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
            LocalFiles.deleteTree(dir);
        }
    }

}
