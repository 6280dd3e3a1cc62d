package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.config.DwSettings;
import org.apache.spark.sql.SparkSession;

/** Production Spark settings: UTC, microsecond Parquet timestamps, no UI, quiet. */
record SparkSessionSettings(String master, int shufflePartitions) {

    static SparkSessionSettings from(DwSettings settings) {
        return new SparkSessionSettings(settings.spark().master(), settings.spark().shufflePartitions());
    }

    SparkSession build() {
        SparkSession spark = SparkSession.builder()
                .appName("dw")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
