package io.opsdw.transforms.run;

import io.opsdw.ingest.layout.LakeFs;
import io.opsdw.ingest.layout.LakeLayout;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Registers raw sources as temp views: {@code src_<s>} holds the run's period only (facts are rebuilt from their own
 * period), {@code src_all_<s>} every period with its {@code period} (master snapshots, conformed dimensions).
 */
public final class SourceLoader {

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;

    public SourceLoader(SparkSession spark, LakeLayout lake, LakeFs fs) {
        this.spark = spark;
        this.lake = lake;
        this.fs = fs;
    }

    /** True when any operational source landed rows for the period. */
    public boolean hasOperationalData(YearMonth period) {
        return RawSource.all().stream().filter(s -> !s.master()).anyMatch(s -> hasParquet(lake.raw(s.name(), period)));
    }

    public void registerAll(YearMonth period) {
        for (RawSource source : RawSource.all()) {
            read(source, period).createOrReplaceTempView("src_" + source.name());
            readAll(source).createOrReplaceTempView("src_all_" + source.name());
        }
    }

    private Dataset<Row> read(RawSource source, YearMonth period) {
        Path dir = lake.raw(source.name(), period);
        Dataset<Row> df = hasParquet(dir)
                ? spark.read().schema(source.schema()).parquet(dir.toString())
                : spark.createDataFrame(List.of(), source.schema());
        return df.withColumn("period", functions.lit(period.toString()));
    }

    private Dataset<Row> readAll(RawSource source) {
        Dataset<Row> all = spark.createDataFrame(List.of(), source.schema())
                .withColumn("period", functions.lit(null).cast(DataTypes.StringType));
        for (YearMonth p : periods(source.name())) {
            all = all.unionByName(read(source, p));
        }
        return all;
    }

    /** Every period any source (operational or master) has landed rows for. */
    public java.util.SortedSet<YearMonth> periodsInLake() {
        java.util.SortedSet<YearMonth> all = new java.util.TreeSet<>();
        RawSource.all().forEach(s -> all.addAll(periods(s.name())));
        return all;
    }

    private List<YearMonth> periods(String source) {
        return fs.list(lake.rawRoot(source)).stream()
                .filter(FileStatus::isDirectory)
                .map(d -> d.getPath().getName())
                .filter(n -> n.matches("period=\\d{4}-\\d{2}"))
                .sorted()
                .map(n -> YearMonth.parse(n.substring("period=".length())))
                .filter(p -> hasParquet(lake.raw(source, p)))
                .toList();
    }

    private boolean hasParquet(Path dir) {
        return !fs.files(dir, ".parquet").isEmpty();
    }
}
