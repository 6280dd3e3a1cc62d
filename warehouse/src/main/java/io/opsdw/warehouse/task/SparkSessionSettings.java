package io.opsdw.warehouse.task;

import io.opsdw.transforms.spark.SparkSessionFactory;
import io.opsdw.transforms.spark.SparkSettings;
import io.opsdw.warehouse.config.DwSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The application's Spark settings (dw.spark.*) handed to the transforms' session factory. The master is
 * configuration (dw.spark.master); further settings pass through from dw.spark.conf. Spark also reads any
 * {@code -Dspark.*} system property, which is how the dw launcher gives executors the JVM flags they need
 * ({@code spark.executor.extraJavaOptions}).
 */
public record SparkSessionSettings(String master, int shufflePartitions, Map<String, String> conf) {

    public SparkSessionSettings(String master, int shufflePartitions) {
        this(master, shufflePartitions, Map.of());
    }

    public static SparkSessionSettings from(DwSettings settings) {
        return new SparkSessionSettings(settings.spark().master(), settings.spark().shufflePartitions(), settings.spark().conf());
    }

    public SparkSession build() {
        SparkSession spark = SparkSessionFactory.create(new SparkSettings(master, "dw", shufflePartitions, conf));
        // The terminal belongs to dw's own stage lines; Spark speaks only on errors (or with --verbose).
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
