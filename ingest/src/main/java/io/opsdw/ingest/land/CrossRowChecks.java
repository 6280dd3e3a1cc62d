package io.opsdw.ingest.land;

import io.opsdw.lakecontract.LandingSchema;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.quarantine.ReasonCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The checks that need more than one row, applied only to rows that passed every single-row check, in reason
 * order: UNKNOWN_REFERENCE (against the master as landed for the same period; a broadcast join that streams with
 * the parse), then DUPLICATE_KEY (the first occurrence by file name, then line, is kept; needs every row first,
 * so it runs over the staged rows).
 */
final class CrossRowChecks {

    private static final String REF_KEY = "_ref_key";
    private static final String UNKNOWN = "_ref_unknown";
    private static final String FIRST = "_dup_first";
    private static final String DUP_PERIOD = "_dup_period";
    /** Repeated keys collected to the driver and broadcast; beyond this many the join shuffles instead. */
    static final int MAX_COLLECTED_KEYS = 200_000;

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;
    private final ContractRegistry contracts;
    private final int maxCollectedKeys;

    CrossRowChecks(SparkSession spark, LakeLayout lake, LakeFs fs, ContractRegistry contracts) {
        this(spark, lake, fs, contracts, MAX_COLLECTED_KEYS);
    }

    CrossRowChecks(SparkSession spark, LakeLayout lake, LakeFs fs, ContractRegistry contracts, int maxCollectedKeys) {
        this.spark = spark;
        this.lake = lake;
        this.fs = fs;
        this.contracts = contracts;
        this.maxCollectedKeys = maxCollectedKeys;
    }

    /** UNKNOWN_REFERENCE for every field of the contract that references a master. */
    Dataset<Row> references(Dataset<Row> staged, SourceContract c, YearMonth period, List<String> warnings) {
        Dataset<Row> out = staged;
        for (FieldSpec f : c.fields()) {
            if (f.references() != null) {
                out = references(out, f, period, warnings);
            }
        }
        return out;
    }

    private Dataset<Row> references(Dataset<Row> rows, FieldSpec f, YearMonth period, List<String> warnings) {
        SourceContract master = contracts.get(f.references());
        Path partition = period == null ? null : lake.raw(master.source(), period);
        List<String> against = partition == null ? List.of() : List.of(partition.toString());
        String where = " for " + period;
        if (partition == null) {
            // an export spanning periods: its masters are landed for each of them, so any period's snapshot will do
            against = MasterKeys.partitions(lake, fs, master.source()).stream().map(Path::toString).toList();
            if (against.isEmpty()) {
                warnings.add(f.name() + " not checked against " + master.source() + ": no " + master.source()
                        + " partition for any period (ingest " + master.source() + " first to check references)");
                return rows;
            }
            where = " for any period";
        } else if (!fs.isDirectory(partition)) {
            // no snapshot this period: the transform's dimension knows every code any snapshot holds, so check that
            against = MasterKeys.partitions(lake, fs, master.source()).stream().map(Path::toString).toList();
            if (against.isEmpty()) {
                warnings.add(f.name() + " not checked against " + master.source() + ": no " + master.source()
                        + " partition for " + period + " (ingest " + master.source() + " first to check references)");
                return rows;
            }
            where = " for any period";
            warnings.add(f.name() + " checked against the " + master.source() + " of every period: no " + master.source()
                    + " partition for " + period);
        }
        String keyField = master.key().get(0);
        Dataset<Row> keys = spark.read().parquet(against.toArray(String[]::new)).select(col(keyField).as(REF_KEY)).distinct();
        Dataset<Row> joined = rows.join(broadcast(keys), rows.col(f.name()).equalTo(keys.col(REF_KEY)), "left");
        // decided once, before reason_code changes: the field and detail columns must see the same decision
        Dataset<Row> flagged = joined.withColumn(UNKNOWN, col(LandingSchema.REASON_CODE).isNull()
                .and(col(f.name()).isNotNull()).and(col(REF_KEY).isNull()));
        Column unknown = col(UNKNOWN);
        return flagged
                .withColumn(LandingSchema.REASON_CODE, when(unknown, lit(ReasonCode.UNKNOWN_REFERENCE.name()))
                        .otherwise(col(LandingSchema.REASON_CODE)))
                .withColumn(LandingSchema.REASON_FIELD, when(unknown, lit(f.name())).otherwise(col(LandingSchema.REASON_FIELD)))
                .withColumn(LandingSchema.REASON_DETAIL, when(unknown, concat(lit(f.name() + " '"), col(f.name()),
                        lit("' is not in " + master.source() + where))).otherwise(col(LandingSchema.REASON_DETAIL)))
                .drop(UNKNOWN)
                .drop(REF_KEY);
    }

    /**
     * Duplicates are found on a narrow projection (key + position) grouped by key, and only keys seen more than
     * once come back to the driver. Real exports repeat few keys, so marking them is a broadcast join that never
     * shuffles the wide rows, and with no repeated key at all there is no join.
     */
    Dataset<Row> duplicates(Dataset<Row> rows, SourceContract c) {
        List<String> keys = c.key();
        Column position = struct(col(LandingSchema.SOURCE_FILE), col(LandingSchema.SOURCE_LINE), col(LandingSchema.SEQ));
        List<Column> renamed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            renamed.add(col(keys.get(i)).as("_dup_k" + i));
        }
        // a key repeats only within the period it lands in (as when each month is ingested on its own)
        renamed.add(col(LandingSchema.PERIOD).as(DUP_PERIOD));
        Dataset<Row> repeatedQuery = rows.filter(col(LandingSchema.REASON_CODE).isNull())
                .groupBy(renamed.toArray(Column[]::new))
                .agg(count(lit(1)).as("_dup_n"), min(position).as(FIRST))
                .filter(col("_dup_n").gt(1))
                .drop("_dup_n");
        List<Row> repeatedKeys = repeatedQuery.limit(maxCollectedKeys + 1).collectAsList();
        if (repeatedKeys.isEmpty()) {
            return rows;
        }
        // a file made mostly of repeats (say, an export appended to itself) falls back to a shuffle join
        Dataset<Row> repeated = repeatedKeys.size() > maxCollectedKeys ? repeatedQuery
                : broadcast(spark.createDataFrame(repeatedKeys, repeatedQuery.schema()));
        Column on = rows.col(LandingSchema.PERIOD).eqNullSafe(repeated.col(DUP_PERIOD));
        for (int i = 0; i < keys.size(); i++) {
            Column eq = rows.col(keys.get(i)).equalTo(repeated.col("_dup_k" + i));
            on = on.and(eq);
        }
        Dataset<Row> joined = rows.join(repeated, on, "left");
        Column dup = col(LandingSchema.REASON_CODE).isNull().and(col(FIRST).isNotNull()).and(position.notEqual(col(FIRST)));
        Column firstAt = concat(col(FIRST + "." + LandingSchema.SOURCE_FILE), lit(":"),
                col(FIRST + "." + LandingSchema.SOURCE_LINE).cast("string"));
        Dataset<Row> out = joined
                .withColumn(LandingSchema.REASON_FIELD, when(dup, lit(String.join(",", keys)))
                        .otherwise(col(LandingSchema.REASON_FIELD)))
                .withColumn(LandingSchema.REASON_DETAIL, when(dup, concat(lit("same " + String.join("+", keys)
                        + " as "), firstAt)).otherwise(col(LandingSchema.REASON_DETAIL)))
                .withColumn(LandingSchema.REASON_CODE, when(dup, lit(ReasonCode.DUPLICATE_KEY.name()))
                        .otherwise(col(LandingSchema.REASON_CODE)))
                .drop(FIRST)
                .drop(DUP_PERIOD);
        for (int i = 0; i < keys.size(); i++) {
            out = out.drop("_dup_k" + i);
        }
        return out;
    }
}
