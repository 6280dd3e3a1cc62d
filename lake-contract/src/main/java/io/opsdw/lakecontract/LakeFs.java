package io.opsdw.lakecontract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;

/**
 * The lake's file operations, over Hadoop's {@link FileSystem} API: whatever file system the lake's URI names
 * ({@code file:} is Hadoop's local file system, {@code hdfs:}, {@code s3a:}, ...), configured by the Hadoop
 * {@link Configuration} it is given. Stages take it from their Spark session ({@link #of(SparkSession)}), so the
 * {@code spark.hadoop.*} settings (e.g. S3 credentials) apply to the driver's own file operations as to Spark's.
 *
 * <p>Only what the stages need around Spark's reads and writes: existence, listing, mkdirs, delete, rename and
 * the write-aside swap ({@link #replace}), small files (manifests), and copying to the local disk for DuckDB.
 * Errors surface as {@link UncheckedIOException}s naming the location.
 */
public final class LakeFs {

    private final Configuration conf;

    public LakeFs(Configuration conf) {
        this.conf = conf;
    }

    /** The session's Hadoop configuration: {@code spark.hadoop.*} settings included. */
    public static LakeFs of(SparkSession spark) {
        return new LakeFs(spark.sparkContext().hadoopConfiguration());
    }

    /** Hadoop's defaults: enough for a lake on the local file system, where no Spark session is needed. */
    public static LakeFs local() {
        return new LakeFs(new Configuration());
    }

    public Configuration conf() {
        return conf;
    }

    /** The file system holding {@code p} (Hadoop caches one per scheme and authority). */
    public FileSystem fileSystem(Path p) {
        try {
            return p.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + p + ": " + e.getMessage(), e);
        }
    }

    public boolean exists(Path p) {
        try {
            return fileSystem(p).exists(p);
        } catch (IOException e) {
            throw failure("check", p, e);
        }
    }

    public boolean isDirectory(Path p) {
        try {
            return fileSystem(p).getFileStatus(p).isDirectory();
        } catch (java.io.FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw failure("check", p, e);
        }
    }

    /** The entries of a directory in name order; none when it does not exist. */
    public List<FileStatus> list(Path dir) {
        try {
            FileStatus[] entries = fileSystem(dir).listStatus(dir);
            return Arrays.stream(entries).sorted(Comparator.comparing(s -> s.getPath().getName())).toList();
        } catch (java.io.FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw failure("list", dir, e);
        }
    }

    /** The files directly in {@code dir} whose names end with {@code suffix}, in name order. */
    public List<Path> files(Path dir, String suffix) {
        return list(dir).stream().filter(FileStatus::isFile).map(FileStatus::getPath)
                .filter(p -> p.getName().endsWith(suffix)).toList();
    }

    /** The periods partitioned under {@code root} ({@code period=YYYY-MM} folders), oldest first; none when it does not exist. */
    public List<java.time.YearMonth> periods(Path root) {
        return list(root).stream().filter(FileStatus::isDirectory)
                .flatMap(d -> LakeLayout.periodOf(d.getPath().getName()).stream())
                .sorted().toList();
    }

    public void mkdirs(Path dir) {
        try {
            if (!fileSystem(dir).mkdirs(dir)) {
                throw new IOException("mkdirs returned false");
            }
        } catch (IOException e) {
            throw failure("create", dir, e);
        }
    }

    /** Deletes a file or a directory with everything in it; nothing to do when it does not exist. */
    public void delete(Path p) {
        try {
            FileSystem fs = fileSystem(p);
            if (fs.exists(p) && !fs.delete(p, true)) {
                throw new IOException("delete returned false");
            }
        } catch (IOException e) {
            throw failure("delete", p, e);
        }
    }

    /**
     * Renames a file or directory to a location that must not exist yet (Hadoop would move it <i>into</i> an
     * existing directory), creating the target's parent. Atomic on the local file system and HDFS; on S3 a copy
     * of every object followed by a delete.
     */
    public void rename(Path from, Path to) {
        try {
            FileSystem fs = fileSystem(from);
            if (fs.exists(to)) {
                throw new IOException("the target exists");
            }
            Path parent = to.getParent();
            if (parent != null && !fs.exists(parent) && !fs.mkdirs(parent)) {
                throw new IOException("cannot create " + parent);
            }
            if (!fs.rename(from, to)) {
                throw new IOException("rename returned false");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * The write-aside swap: replaces {@code target} (a partition directory or a file) with {@code written}, which was
     * written completely beside it on the same file system. The old target is renamed to {@code trash}, the new one
     * renamed in, then the old one deleted. Where rename is atomic (local, HDFS) readers see the old or the new
     * target, never a mixture; a failure before the second rename leaves the old one at {@code trash}.
     */
    public void replace(Path written, Path target, Path trash) {
        boolean hadOld = exists(target);
        if (hadOld) {
            rename(target, trash);
        }
        rename(written, target);
        if (hadOld) {
            delete(trash);
        }
    }

    public byte[] readBytes(Path file) {
        try (InputStream in = fileSystem(file).open(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    public String readString(Path file) {
        return new String(readBytes(file), StandardCharsets.UTF_8);
    }

    /** Writes a small file whole (creating its parent, replacing an existing file). */
    public void write(Path file, byte[] content) {
        try (OutputStream out = fileSystem(file).create(file, true)) {
            out.write(content);
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    public void writeString(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies a lake file to the local disk (no checksum side files), replacing {@code local} if it exists. */
    public void copyToLocal(Path file, java.nio.file.Path local) {
        try {
            java.nio.file.Files.createDirectories(local.toAbsolutePath().getParent());
            java.nio.file.Files.deleteIfExists(local);
            fileSystem(file).copyToLocalFile(false, file, LakeLayout.localLocation(local), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " to " + local + ": " + e.getMessage(), e);
        }
    }

    private static UncheckedIOException failure(String what, Path p, IOException e) {
        return new UncheckedIOException("cannot " + what + " " + p + ": " + e.getMessage(), e);
    }

    /** Copies a folder (e.g. an empty Parquet file with its schema) to a new place on the same file system. */
    public void copyDir(Path from, Path to) {
        try {
            if (!org.apache.hadoop.fs.FileUtil.copy(fileSystem(from), from, fileSystem(to), to, false, conf())) {
                throw new IOException("copy returned false");
            }
        } catch (IOException e) {
            throw failure("copy " + from + " to", to, e);
        }
    }

    /** Rows in a written Parquet folder, from the file footers: no Spark job, no data read. */
    public long parquetRows(Path dir) {
        long rows = 0;
        for (Path f : files(dir, ".parquet")) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(f, conf()))) {
                rows += reader.getRecordCount();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Parquet footer of " + f + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
