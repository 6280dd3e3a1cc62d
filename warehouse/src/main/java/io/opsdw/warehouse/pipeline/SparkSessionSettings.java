package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.config.DwSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Production Spark settings: UTC, microsecond Parquet timestamps, no UI, quiet. The master is configuration
 * (dw.spark.master); further settings pass through from dw.spark.conf. Spark also reads any {@code -Dspark.*}
 * system property, which is how the dw launcher gives executors the JVM flags they need
 * ({@code spark.executor.extraJavaOptions}).
 */
record SparkSessionSettings(String master, int shufflePartitions, Map<String, String> conf) {

    SparkSessionSettings(String master, int shufflePartitions) {
        this(master, shufflePartitions, Map.of());
    }

    static SparkSessionSettings from(DwSettings settings) {
        return new SparkSessionSettings(settings.spark().master(), settings.spark().shufflePartitions(), settings.spark().conf());
    }

    SparkSession build() {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("dw")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        // after the defaults, so a cluster can override them (e.g. spark.driver.host = an address the workers reach)
        conf.forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
