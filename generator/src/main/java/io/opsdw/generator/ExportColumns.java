package io.opsdw.generator;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The slice of a source contract ({@code contracts/<source>.yml}) the generator needs: field order, types,
 * first aliases (written as headers and code labels) and the limits that faults are built against.
 * Taken from the lake contract's registry, so headers and codes never drift from the contract.
 */
public final class ExportColumns {

    private final String source;
    private final String periodField;
    private final List<String> key;
    private final List<Field> fields;
    /** Lookup only (never iterated), so a HashMap cannot leak its order into the output. */
    private final Map<String, Integer> positions = new HashMap<>();

    private ExportColumns(String source, String periodField, List<String> key, List<Field> fields) {
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

    private static final ContractRegistry CONTRACTS = ContractRegistry.load();

    /** The generator's view of the ingest's own contract (one YAML reader: {@link ContractRegistry}). */
    public static ExportColumns load(String source) {
        io.opsdw.lakecontract.contract.SourceContract c = CONTRACTS.get(source);
        List<Field> fields = c.fields().stream().map(ExportColumns::field).toList();
        return new ExportColumns(source, c.periodField(), c.key(), fields);
    }

    private static Field field(FieldSpec f) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        f.codes().forEach((code, labels) -> codes.put(code, List.copyOf(labels)));
        return new Field(f.name(), f.type().name().toLowerCase(Locale.ROOT), f.required(), f.aliases(), codes,
                f.min(), f.max(), f.maxLength(), f.references());
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

    public String[] headers() {
        return fields.stream().map(Field::header).toArray(String[]::new);
    }

    Row newRow() {
        return new Row(this);
    }
}
