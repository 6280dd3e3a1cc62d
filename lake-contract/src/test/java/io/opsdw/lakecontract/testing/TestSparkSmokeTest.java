package io.opsdw.lakecontract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSparkSmokeTest {

    @Test
    void writesAndReadsParquetWithMicrosecondTimestamps(@TempDir Path dir) {
        var spark = TestSpark.get();
        Dataset<Row> df = spark.sql("SELECT 1 AS id, TIMESTAMP_NTZ'2026-10-05 23:59:00' AS at");
        String out = dir.resolve("t").toString();
        df.write().parquet(out);
        assertThat(spark.read().parquet(out).count()).isEqualTo(1);
    }
}
