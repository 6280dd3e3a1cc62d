package io.opsdw.transforms.run;

import io.opsdw.ingest.layout.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    public SourceLoader(SparkSession spark, LakeLayout lake) {
        this.spark = spark;
        this.lake = lake;
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

    private List<YearMonth> periods(String source) {
        Path root = lake.rawRoot(source);
        List<YearMonth> periods = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return periods;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.map(d -> d.getFileName().toString())
                    .filter(n -> n.matches("period=\\d{4}-\\d{2}"))
                    .sorted()
                    .forEach(n -> periods.add(YearMonth.parse(n.substring("period=".length()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return periods.stream().filter(p -> hasParquet(lake.raw(source, p))).toList();
    }

    static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
