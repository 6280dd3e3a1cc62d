package io.opsdw.transforms.spark;

import java.util.Map;

/**
 * What the production Spark session may vary. Driver memory is not here: it must be set before the JVM starts,
 * so the launcher owns it. {@code conf} is any further Spark setting (cluster addresses, executor memory, ...),
 * applied after the defaults so it can override them.
 */
public record SparkSettings(String master, String appName, int shufflePartitions, Map<String, String> conf) {

    /** Without extra settings. */
    public SparkSettings(String master, String appName, int shufflePartitions) {
        this(master, appName, shufflePartitions, Map.of());
    }

    public SparkSettings {
        conf = conf == null ? Map.of() : Map.copyOf(conf);
        if (master == null || master.isBlank()) {
            master = "local[*]";
        }
        if (appName == null || appName.isBlank()) {
            appName = "opsdw";
        }
        if (shufflePartitions <= 0) {
            shufflePartitions = 8;
        }
    }

    public static SparkSettings defaults() {
        return new SparkSettings("local[*]", "opsdw", 8);
    }
}
