package io.opsdw.ingest.land;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Row counts of a written Parquet directory from the file footers: no Spark job, no data read. */
final class ParquetCounts {

    private ParquetCounts() {
    }

    static long rows(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Configuration conf = new Configuration();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
            long n = 0;
            for (Path p : parts) {
                try (ParquetFileReader r = ParquetFileReader.open(
                        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(p.toUri()), conf))) {
                    n += r.getRecordCount();
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Parquet footers in " + dir + ": " + e.getMessage(), e);
        }
    }
}
