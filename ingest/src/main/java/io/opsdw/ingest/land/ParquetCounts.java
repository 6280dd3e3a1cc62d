package io.opsdw.ingest.land;

import io.opsdw.ingest.layout.LakeFs;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Row counts of a written Parquet directory from the file footers: no Spark job, no data read. */
final class ParquetCounts {

    private ParquetCounts() {
    }

    static long rows(LakeFs fs, Path dir) {
        long n = 0;
        for (Path p : fs.files(dir, ".parquet")) {
            try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, fs.conf()))) {
                n += r.getRecordCount();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Parquet footer of " + p + ": " + e.getMessage(), e);
            }
        }
        return n;
    }
}
