package io.opsdw.transforms.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Rows in a written Parquet folder, from the file footers (no Spark job needed). */
public final class ParquetRowCount {

    private ParquetRowCount() {
    }

    public static long of(Path dir, Configuration conf) {
        try (Stream<Path> files = Files.list(dir)) {
            long rows = 0;
            List<Path> parquet = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
            for (Path f : parquet) {
                try (ParquetFileReader reader = ParquetFileReader.open(
                        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.toUri()), conf))) {
                    rows += reader.getRecordCount();
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count rows in " + dir, e);
        }
    }
}
