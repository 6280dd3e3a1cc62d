package io.opsdw.transforms.spark;

/**
 * What the production Spark session may vary. Driver memory is not here: it must be set before the JVM starts,
 * so the launcher owns it.
 */
public record SparkSettings(String master, String appName, int shufflePartitions) {

    public SparkSettings {
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
