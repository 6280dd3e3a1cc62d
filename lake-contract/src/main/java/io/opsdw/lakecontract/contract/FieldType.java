package io.opsdw.lakecontract.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The value types a contract field can declare; each maps to one Spark column type when landed. */
public enum FieldType {
    STRING, INT, DECIMAL, DATE, TIMESTAMP, BOOLEAN, CODE;

    @JsonCreator
    public static FieldType of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
