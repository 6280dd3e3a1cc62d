package io.opsdw.transforms.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How a failing data-quality check is treated: warn is recorded, error stops publishing. */
public enum Severity {
    WARN, ERROR;

    @JsonCreator
    public static Severity of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
