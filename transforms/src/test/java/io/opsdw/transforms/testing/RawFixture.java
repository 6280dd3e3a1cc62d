package io.opsdw.transforms.testing;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.LandingSchema;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

/**
 * Writes raw Parquet the way the ingest lands it (contract columns in order, typed, plus lineage) and a manifest,
 * from rows given as name/value pairs. Values may be strings ("2026-10-05 23:59", "12.50") converted to the
 * contract's type; fields not given are NULL.
 */
public final class RawFixture {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final ContractRegistry CONTRACTS = ContractRegistry.load();

    private final SparkSession spark;
    private final LakeLayout lake;

    public RawFixture(SparkSession spark, LakeLayout lake) {
        this.spark = spark;
        this.lake = lake;
    }

    public static Map<String, Object> row(Object... nameValuePairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            row.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return row;
    }

    /** Replaces the source's partition for the period; manifest accepted = rows given (unless overridden). */
    public RawFixture write(String source, YearMonth period, List<Map<String, Object>> rows) {
        return write(source, period, rows, rows.size());
    }

    public RawFixture write(String source, YearMonth period, List<Map<String, Object>> rows, long manifestAccepted) {
        StructType schema = LandingSchema.raw(CONTRACTS.get(source));
        List<Row> sparkRows = new ArrayList<>();
        int line = 2;
        for (Map<String, Object> given : rows) {
            for (String name : given.keySet()) {
                schema.fieldIndex(name); // fails fast on a misspelt field
            }
            List<Object> values = new ArrayList<>();
            for (StructField f : schema.fields()) {
                Object v = switch (f.name()) {
                    case "_source_file" -> source + ".csv";
                    case "_source_line" -> (long) line;
                    default -> convert(given.get(f.name()), f.dataType());
                };
                values.add(v);
            }
            sparkRows.add(RowFactory.create(values.toArray()));
            line++;
        }
        spark.createDataFrame(sparkRows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(lake.raw(source, period).toString());
        ManifestIO.write(LakeFs.of(spark), new Manifest("fixture", source, period.toString(), List.of(), manifestAccepted,
                manifestAccepted, manifestAccepted, 0, Map.of(), List.of(), List.of()), lake.manifest(source, period));
        return this;
    }

    private static Object convert(Object v, DataType type) {
        if (v == null || !(v instanceof String s)) {
            if (v instanceof Number n && type instanceof DecimalType) {
                return new BigDecimal(n.toString());
            }
            return v;
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return LocalDateTime.parse(s, TS);
        }
        if (type.equals(DataTypes.DateType)) {
            return LocalDate.parse(s);
        }
        if (type instanceof DecimalType) {
            return new BigDecimal(s);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return Integer.valueOf(s);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Boolean.valueOf(s);
        }
        return s;
    }
}
