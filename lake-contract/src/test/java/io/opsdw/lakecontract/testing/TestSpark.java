package io.opsdw.lakecontract.testing;

import io.opsdw.lakecontract.LakeFs;
import org.apache.spark.sql.SparkSession;

/**
 * One small local Spark session per test JVM, configured like production (UTC, microsecond Parquet timestamps,
 * no UI). Starting Spark costs seconds, so tests share it; it is stopped by the JVM shutdown hook Spark installs.
 */
public final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null || session.sparkContext().isStopped()) {
            session = SparkSession.builder()
                    .appName("opsdw-test")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                    .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** The lake's file operations with the shared session's Hadoop configuration. */
    public static LakeFs lakeFs() {
        return LakeFs.of(get());
    }
}
