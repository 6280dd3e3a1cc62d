package io.opsdw.transforms.run;

import io.opsdw.ingest.layout.LakeFs;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Rows in a written Parquet folder, from the file footers (no Spark job needed). */
public final class ParquetRowCount {

    private ParquetRowCount() {
    }

    public static long of(LakeFs fs, Path dir) {
        long rows = 0;
        for (Path f : fs.files(dir, ".parquet")) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(f, fs.conf()))) {
                rows += reader.getRecordCount();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot count rows in " + f, e);
            }
        }
        return rows;
    }
}
