package io.opsdw.ingest.land;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import io.opsdw.ingest.contract.ContractRegistry;
import io.opsdw.ingest.contract.FieldSpec;
import io.opsdw.ingest.contract.SourceContract;
import io.opsdw.ingest.lake.LakeLayout;
import io.opsdw.ingest.validate.ReasonCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The checks that need more than one row, applied only to rows that passed every single-row check, in reason
 * order: UNKNOWN_REFERENCE (against the master as landed for the same period), then DUPLICATE_KEY (the first
 * occurrence by file name, then line, is kept).
 */
final class CrossRowChecks {

    private static final String REF_KEY = "_ref_key";

    private final SparkSession spark;
    private final LakeLayout lake;
    private final ContractRegistry contracts;

    CrossRowChecks(SparkSession spark, LakeLayout lake, ContractRegistry contracts) {
        this.spark = spark;
        this.lake = lake;
        this.contracts = contracts;
    }

    Dataset<Row> apply(Dataset<Row> staged, SourceContract c, YearMonth period, List<String> warnings) {
        Dataset<Row> out = staged;
        for (FieldSpec f : c.fields()) {
            if (f.references() != null) {
                out = references(out, f, period, warnings);
            }
        }
        return duplicates(out, c);
    }

    private Dataset<Row> references(Dataset<Row> rows, FieldSpec f, YearMonth period, List<String> warnings) {
        SourceContract master = contracts.get(f.references());
        Path partition = lake.raw(master.source(), period);
        if (!Files.isDirectory(partition)) {
            warnings.add(f.name() + " not checked against " + master.source() + ": no " + master.source()
                    + " partition for " + period + " (ingest " + master.source() + " first to check references)");
            return rows;
        }
        String keyField = master.key().get(0);
        Dataset<Row> keys = spark.read().parquet(partition.toString()).select(col(keyField).as(REF_KEY)).distinct();
        Dataset<Row> joined = rows.join(broadcast(keys), rows.col(f.name()).equalTo(keys.col(REF_KEY)), "left");
        Column unknown = col(LandingSchema.REASON_CODE).isNull().and(col(f.name()).isNotNull()).and(col(REF_KEY).isNull());
        return joined
                .withColumn(LandingSchema.REASON_CODE, when(unknown, lit(ReasonCode.UNKNOWN_REFERENCE.name()))
                        .otherwise(col(LandingSchema.REASON_CODE)))
                .withColumn(LandingSchema.REASON_FIELD, when(unknown, lit(f.name())).otherwise(col(LandingSchema.REASON_FIELD)))
                .withColumn(LandingSchema.REASON_DETAIL, when(unknown, concat(lit(f.name() + " '"), col(f.name()),
                        lit("' is not in " + master.source() + " for " + period))).otherwise(col(LandingSchema.REASON_DETAIL)))
                .drop(REF_KEY);
    }

    private Dataset<Row> duplicates(Dataset<Row> rows, SourceContract c) {
        List<Column> partition = new ArrayList<>();
        c.key().forEach(k -> partition.add(col(k)));
        partition.add(col(LandingSchema.REASON_CODE).isNull());
        WindowSpec w = Window.partitionBy(partition.toArray(Column[]::new))
                .orderBy(col(LandingSchema.SOURCE_FILE), col(LandingSchema.SOURCE_LINE), col(LandingSchema.SEQ));
        Column dup = col(LandingSchema.REASON_CODE).isNull().and(row_number().over(w).gt(1));
        Column firstAt = concat(first(col(LandingSchema.SOURCE_FILE)).over(w), lit(":"),
                first(col(LandingSchema.SOURCE_LINE)).over(w).cast("string"));
        return rows
                .withColumn(LandingSchema.REASON_FIELD, when(dup, lit(String.join(",", c.key())))
                        .otherwise(col(LandingSchema.REASON_FIELD)))
                .withColumn(LandingSchema.REASON_DETAIL, when(dup, concat(lit("same " + String.join("+", c.key())
                        + " as "), firstAt)).otherwise(col(LandingSchema.REASON_DETAIL)))
                .withColumn(LandingSchema.REASON_CODE, when(dup, lit(ReasonCode.DUPLICATE_KEY.name()))
                        .otherwise(col(LandingSchema.REASON_CODE)));
    }
}
