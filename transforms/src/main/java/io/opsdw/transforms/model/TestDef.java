package io.opsdw.transforms.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One data-quality test declared beside a model.
 *
 * @param type       unique | not_null | relationships | accepted_values | expression | reconcile_manifest
 * @param column     tested column (unique, not_null, relationships, accepted_values)
 * @param to         referenced model (relationships)
 * @param field      referenced key column (relationships)
 * @param values     allowed values (accepted_values)
 * @param name       check name (expression)
 * @param failingIf  SQL predicate selecting failing rows (expression)
 * @param source     ingest source whose manifest {@code accepted} must equal the model's rows (reconcile_manifest)
 */
public record TestDef(String type, String column, String to, String field, List<String> values, String name,
                      @JsonProperty("failing_if") String failingIf, String source, Severity severity) {

    public TestDef {
        values = values == null ? List.of() : List.copyOf(values);
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** Stable, readable name used in dq_results and in error messages. */
    public String checkName() {
        return switch (type) {
            case "unique", "not_null" -> type + "(" + column + ")";
            case "relationships" -> "relationships(" + column + " -> " + to + "." + field + ")";
            case "accepted_values" -> "accepted_values(" + column + ")";
            case "expression" -> name;
            case "reconcile_manifest" -> "reconcile_manifest(" + source + ".accepted)";
            default -> throw new IllegalArgumentException("unknown test type: " + type);
        };
    }
}
