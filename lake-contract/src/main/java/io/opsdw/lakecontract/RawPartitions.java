package io.opsdw.lakecontract;

import io.opsdw.lakecontract.contract.SourceContract;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The one reader of a source's raw partitions ({@code raw/<source>/period=YYYY-MM/}), as the ingest landed them:
 * which periods hold rows, and a period's rows typed by the contract ({@link LandingSchema#raw}), empty but typed
 * when nothing landed.
 */
public final class RawPartitions {

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;

    public RawPartitions(SparkSession spark, LakeLayout lake, LakeFs fs) {
        this.spark = spark;
        this.lake = lake;
        this.fs = fs;
    }

    /** True when the source landed Parquet for the period (an empty export lands no file). */
    public boolean has(String source, YearMonth period) {
        return !fs.files(lake.raw(source, period), ".parquet").isEmpty();
    }

    /** The periods the source landed rows for, oldest first. */
    public List<YearMonth> periods(String source) {
        return fs.periods(lake.rawRoot(source)).stream().filter(p -> has(source, p)).toList();
    }

    /** The period's rows with the contract's types and lineage columns. */
    public Dataset<Row> read(SourceContract source, YearMonth period) {
        Path dir = lake.raw(source.source(), period);
        return has(source.source(), period)
                ? spark.read().schema(LandingSchema.raw(source)).parquet(dir.toString())
                : spark.createDataFrame(List.of(), LandingSchema.raw(source));
    }
}
