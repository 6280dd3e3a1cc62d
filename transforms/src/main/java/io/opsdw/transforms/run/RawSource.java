package io.opsdw.transforms.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A raw source as the ingest lands it: the contract's fields in order, typed, plus lineage columns. Read from the
 * ingest's contract YAML so an absent partition still yields a correctly typed empty table.
 */
public record RawSource(String name, boolean master, StructType schema) {

    public static final List<String> ALL = List.of("sites", "departments", "employees", "customers", "items",
            "complaints", "callbacks", "visitor_counts", "inventory_movements", "orders");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static List<RawSource> all() {
        return ALL.stream().map(RawSource::load).toList();
    }

    public static RawSource load(String source) {
        Contract c;
        try (InputStream in = RawSource.class.getClassLoader().getResourceAsStream("contracts/" + source + ".yml")) {
            if (in == null) {
                throw new IllegalStateException("missing contract contracts/" + source + ".yml");
            }
            c = YAML.readValue(in, Contract.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StructField> fields = new ArrayList<>();
        for (Field f : c.fields()) {
            fields.add(DataTypes.createStructField(f.name(), sparkType(f.type()), true));
        }
        fields.add(DataTypes.createStructField("_source_file", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("_source_line", DataTypes.LongType, true));
        return new RawSource(source, "master".equals(c.group()), DataTypes.createStructType(fields));
    }

    static DataType sparkType(String contractType) {
        return switch (contractType) {
            case "string", "code" -> DataTypes.StringType;
            case "int" -> DataTypes.IntegerType;
            case "decimal" -> DataTypes.createDecimalType(18, 2);
            case "date" -> DataTypes.DateType;
            case "timestamp" -> DataTypes.TimestampNTZType;
            case "boolean" -> DataTypes.BooleanType;
            default -> throw new IllegalArgumentException("unknown contract type " + contractType);
        };
    }

    record Contract(String source, String group, List<Field> fields) {
    }

    record Field(String name, String type) {
    }
}
