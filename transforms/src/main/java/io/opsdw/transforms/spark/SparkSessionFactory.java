package io.opsdw.transforms.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the production Spark session: UTC, microsecond Parquet timestamps, no UI, quiet logs. */
public final class SparkSessionFactory {

    private SparkSessionFactory() {
    }

    public static SparkSession create(SparkSettings settings) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(settings.appName())
                .master(settings.master())
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", String.valueOf(settings.shufflePartitions()))
                // Never INT96: DuckDB and other readers get plain UTC microseconds.
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                // A laptop or a container without resolvable host name must still start.
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        // after the defaults, so a cluster can override them (e.g. spark.driver.host = an address the workers reach)
        settings.conf().forEach(builder::config);
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }
}
