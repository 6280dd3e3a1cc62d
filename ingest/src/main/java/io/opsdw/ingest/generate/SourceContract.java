package io.opsdw.ingest.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The slice of a source contract ({@code contracts/<source>.yml}) the generator needs: field order, types,
 * first aliases (written as headers and code labels) and the limits that faults are built against.
 * Read from the same YAML the ingest uses, so headers and codes never drift from the contract.
 */
final class SourceContract {

    private final String source;
    private final String periodField;
    private final List<String> key;
    private final List<Field> fields;
    /** Lookup only (never iterated), so a HashMap cannot leak its order into the output. */
    private final Map<String, Integer> positions = new HashMap<>();

    private SourceContract(String source, String periodField, List<String> key, List<Field> fields) {
        this.source = source;
        this.periodField = periodField;
        this.key = key;
        this.fields = fields;
        for (int i = 0; i < fields.size(); i++) {
            positions.put(fields.get(i).name(), i);
        }
    }

    String source() {
        return source;
    }

    /** Null for master data. */
    String periodField() {
        return periodField;
    }

    List<String> key() {
        return key;
    }

    List<Field> fields() {
        return fields;
    }

    record Field(String name, String type, boolean required, List<String> aliases,
                 Map<String, List<String>> codes, BigDecimal min, BigDecimal max, Integer maxLength,
                 String references) {

        String header() {
            return aliases.isEmpty() ? name : aliases.get(0);
        }

        boolean isNumeric() {
            return type.equals("int") || type.equals("decimal");
        }

        boolean isTemporal() {
            return type.equals("date") || type.equals("timestamp");
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static SourceContract load(String source) {
        String resource = "contracts/" + source + ".yml";
        try (InputStream in = SourceContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract not on the classpath: " + resource);
            }
            JsonNode root = YAML.readTree(in);
            List<String> key = new ArrayList<>();
            root.path("key").forEach(k -> key.add(k.asText()));
            List<Field> fields = new ArrayList<>();
            for (JsonNode f : root.path("fields")) {
                fields.add(field(f));
            }
            JsonNode period = root.path("period_field");
            return new SourceContract(source, period.isNull() || period.isMissingNode() ? null : period.asText(),
                    List.copyOf(key), List.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Field field(JsonNode f) {
        List<String> aliases = new ArrayList<>();
        f.path("aliases").forEach(a -> aliases.add(a.asText()));
        Map<String, List<String>> codes = new LinkedHashMap<>();
        f.path("codes").fields().forEachRemaining(e -> {
            List<String> labels = new ArrayList<>();
            e.getValue().forEach(l -> labels.add(l.asText()));
            codes.put(e.getKey(), List.copyOf(labels));
        });
        return new Field(f.path("name").asText(), f.path("type").asText("string"), f.path("required").asBoolean(false),
                List.copyOf(aliases), codes,
                f.has("min") ? f.get("min").decimalValue() : null,
                f.has("max") ? f.get("max").decimalValue() : null,
                f.has("max_length") ? f.get("max_length").asInt() : null,
                f.has("references") ? f.get("references").asText() : null);
    }

    int index(String fieldName) {
        Integer i = positions.get(fieldName);
        if (i == null) {
            throw new IllegalArgumentException(source + " has no field " + fieldName);
        }
        return i;
    }

    Field field(String fieldName) {
        return fields.get(index(fieldName));
    }

    String[] headers() {
        return fields.stream().map(Field::header).toArray(String[]::new);
    }

    Row newRow() {
        return new Row(this);
    }
}
