package io.opsdw.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One analyst view as declared in {@code metrics/views/_views.yml}: what it answers, its grain and base, and the
 * description of every column (a column listed without text takes the common text of that name). {@code generated:
 * kpis} marks a view whose SQL is built from metrics/kpis.yml rather than read from a file.
 */
public record ViewDef(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "description", required = true) String description,
        @JsonProperty(value = "grain", required = true) String grain,
        @JsonProperty(value = "base", required = true) String base,
        @JsonProperty(value = "columns", required = true) LinkedHashMap<String, String> columns,
        @JsonProperty("generated") String generated) {

    public ViewDef {
        columns = new LinkedHashMap<>(columns);
    }

    /** Column descriptions in declared order, common texts filled in. */
    Map<String, String> columnsWith(Map<String, String> common) {
        Map<String, String> out = new LinkedHashMap<>();
        columns.forEach((column, text) -> out.put(column, text != null ? text : common.get(column)));
        return out;
    }
}
