package io.opsdw.lakecontract;

import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Column names and Spark types of the landed data. Staging rows carry the contract's typed fields plus lineage
 * and the reason columns; raw and quarantine partitions are projections of them.
 */
public final class LandingSchema {

    public static final String SOURCE_FILE = "_source_file";
    public static final String SOURCE_LINE = "_source_line";
    public static final String SEQ = "_seq";
    public static final String RAW_TEXT = "raw_text";
    public static final String REASON_CODE = "reason_code";
    public static final String REASON_FIELD = "reason_field";
    public static final String REASON_DETAIL = "reason_detail";
    /** Staging only: the code fields of an accepted row that landed as the mapping's fallback code (comma-separated). */
    public static final String CODE_FALLBACKS = "_code_fallbacks";
    /**
     * Staging only: the period (YYYY-MM) a row lands in: the ingest's period when one is given, else the month of the
     * row's period field (null when it cannot be read; the lander then assigns one).
     */
    public static final String PERIOD = "_period";

    /** Quarantine columns, in order. */
    public static final List<String> QUARANTINE_COLUMNS =
            List.of(SOURCE_FILE, SOURCE_LINE, RAW_TEXT, REASON_CODE, REASON_FIELD, REASON_DETAIL);

    private LandingSchema() {
    }

    public static DataType sparkType(FieldSpec f) {
        return switch (f.type()) {
            case STRING, CODE -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.createDecimalType(18, 2);
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    public static StructType staging(SourceContract c) {
        List<StructField> fields = new ArrayList<>();
        for (FieldSpec f : c.fields()) {
            fields.add(DataTypes.createStructField(f.name(), sparkType(f), true));
        }
        fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(SEQ, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(RAW_TEXT, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(REASON_CODE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(REASON_FIELD, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(REASON_DETAIL, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(CODE_FALLBACKS, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(PERIOD, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /**
     * The schema of a raw partition: the contract's fields in order, typed, then lineage (all nullable, as Spark reads
     * Parquet). Readers apply it so an absent partition still yields a correctly typed empty table.
     */
    public static StructType raw(SourceContract c) {
        List<StructField> fields = new ArrayList<>();
        for (FieldSpec f : c.fields()) {
            fields.add(DataTypes.createStructField(f.name(), sparkType(f), true));
        }
        fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, true));
        return DataTypes.createStructType(fields);
    }

    /** Raw partition columns: the contract's fields in order, then lineage. */
    public static List<String> rawColumns(SourceContract c) {
        List<String> cols = new ArrayList<>(c.fields().stream().map(FieldSpec::name).toList());
        cols.add(SOURCE_FILE);
        cols.add(SOURCE_LINE);
        return cols;
    }
}
