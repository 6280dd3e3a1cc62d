package io.opsdw.warehouse.pipeline;

import io.opsdw.transforms.spark.SparkSessionFactory;
import io.opsdw.transforms.spark.SparkSettings;
import io.opsdw.warehouse.config.DwSettings;
import org.apache.spark.sql.SparkSession;

/** The application's Spark settings (dw.spark.*) handed to the transforms' session factory. */
record SparkSessionSettings(String master, int shufflePartitions) {

    static SparkSessionSettings from(DwSettings settings) {
        return new SparkSessionSettings(settings.spark().master(), settings.spark().shufflePartitions());
    }

    SparkSession build() {
        SparkSession spark = SparkSessionFactory.create(new SparkSettings(master, "dw", shufflePartitions));
        // The terminal belongs to dw's own stage lines; Spark speaks only on errors (or with --verbose).
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
