package io.opsdw.transforms.run;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.LandingSchema;
import io.opsdw.lakecontract.RawPartitions;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Registers every contract's raw source as temp views: {@code src_<s>} holds the run's period only (facts are rebuilt
 * from their own period), {@code src_all_<s>} every period with its {@code period} (master snapshots, conformed
 * dimensions).
 */
public final class SourceLoader {

    private static final ContractRegistry CONTRACTS = ContractRegistry.load();

    private final SparkSession spark;
    private final RawPartitions raw;

    public SourceLoader(SparkSession spark, LakeLayout lake, LakeFs fs) {
        this.spark = spark;
        this.raw = new RawPartitions(spark, lake, fs);
    }

    /** The sources the models read: every contract. */
    public static List<SourceContract> sources() {
        return List.copyOf(CONTRACTS.all());
    }

    /** True when any operational source landed rows for the period. */
    public boolean hasOperationalData(YearMonth period) {
        return sources().stream().filter(s -> !s.isMaster()).anyMatch(s -> raw.has(s.source(), period));
    }

    public void registerAll(YearMonth period) {
        for (SourceContract source : sources()) {
            read(source, period).createOrReplaceTempView("src_" + source.source());
            readAll(source).createOrReplaceTempView("src_all_" + source.source());
        }
    }

    private Dataset<Row> read(SourceContract source, YearMonth period) {
        return raw.read(source, period).withColumn("period", functions.lit(period.toString()));
    }

    private Dataset<Row> readAll(SourceContract source) {
        Dataset<Row> all = spark.createDataFrame(List.of(), LandingSchema.raw(source))
                .withColumn("period", functions.lit(null).cast(DataTypes.StringType));
        for (YearMonth p : raw.periods(source.source())) {
            all = all.unionByName(read(source, p));
        }
        return all;
    }

    /** Every period any source (operational or master) has landed rows for. */
    public java.util.SortedSet<YearMonth> periodsInLake() {
        java.util.SortedSet<YearMonth> all = new java.util.TreeSet<>();
        sources().forEach(s -> all.addAll(raw.periods(s.source())));
        return all;
    }
}
