package io.opsdw.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One KPI as declared in {@code metrics/kpis.yml}: sum(numerator) over {@code view}'s rows of the month and scope,
 * filtered by {@code where}, divided by sum(base) over {@code baseView} (default: the same view, filtered by
 * {@code baseWhere}, default {@code where}) when there is a base. {@code definition} states numerator and base in
 * each report language; {@code sources} are the exports it rests on; {@code businessLines} where it applies
 * (empty: everywhere).
 */
public record KpiDef(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "view", required = true) String view,
        @JsonProperty(value = "numerator", required = true) String numerator,
        @JsonProperty("base") String base,
        @JsonProperty("where") String where,
        @JsonProperty("base_view") String baseView,
        @JsonProperty("base_where") String baseWhere,
        @JsonProperty(value = "format", required = true) String format,
        @JsonProperty(value = "sources", required = true) List<String> sources,
        @JsonProperty("business_lines") List<String> businessLines,
        @JsonProperty(value = "name", required = true) Map<String, String> name,
        @JsonProperty(value = "definition", required = true) Map<String, String> definition,
        @JsonProperty("target") Target target) {

    /**
     * The standard the business set for a rate (DOMAIN.md section 9): met at or above {@code min}, at risk below it
     * down to {@code atRiskFrom}, missed below that. {@code cite} is where the seeds state the rule.
     */
    public record Target(@JsonProperty(value = "min", required = true) double min,
                         @JsonProperty(value = "at_risk_from", required = true) double atRiskFrom,
                         @JsonProperty(value = "cite", required = true) String cite) {
        public Target {
            if (atRiskFrom > min) {
                throw new IllegalArgumentException("a target's at_risk_from (" + atRiskFrom + ") is above its min (" + min + ")");
            }
        }
    }

    public KpiDef {
        sources = List.copyOf(sources);
        businessLines = businessLines == null ? List.of() : List.copyOf(businessLines);
        name = Map.copyOf(name);
        definition = Map.copyOf(definition);
    }

    public boolean hasBase() {
        return base != null;
    }

    /** The view the base is summed over. */
    public String baseViewOrView() {
        return baseView != null ? baseView : view;
    }

    /** The filter of the base rows: its own, else the numerator's when both come from the same view. */
    public String baseWhereOrWhere() {
        if (baseWhere != null) {
            return baseWhere;
        }
        return baseView == null ? where : null;
    }

    public boolean appliesTo(String businessLine) {
        return businessLines.isEmpty() || businessLines.contains(businessLine);
    }

    public String name(String languageTag) {
        return name.get(languageTag);
    }

    public String definition(String languageTag) {
        return definition.get(languageTag);
    }
}
