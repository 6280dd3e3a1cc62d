package io.opsdw.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report as declared in {@code reports/<name>/report.yaml}: its title key, the headline dataset, the exports it
 * rests on (for the data-coverage box; each with the business lines it applies to, none: all), the KPIs its footnote
 * defines, and the ordered sections, each backed by one {@code .sql} file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportDefinition(String name, String title, String headline, LinkedHashMap<String, List<String>> sources,
                               List<String> kpis, List<Section> sections) {

    public ReportDefinition {
        sources = sources == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sources);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    /** The sources that apply to a scope with these business lines, in declared order. */
    public List<String> sourcesFor(List<String> businessLines) {
        return sources.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isEmpty() || e.getValue().stream().anyMatch(businessLines::contains))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * @param kind          table, a chart (bar, hbar, line, rate_line, pie, pareto) or heatmap
     * @param context       true when the section shows history (e.g. a trend) and so does not count when deciding
     *                      whether the month has data at all
     * @param maxRows       for lists that grow with volume (e.g. every major complaint): print at most this many rows
     *                      and say how many there are, so a busy month is not a report of hundreds of pages
     * @param businessLines the business lines the section applies to (none: all); left out of a report whose scope
     *                      has none of them (a sales centre's report has no studio order sections)
     * @param params        extra values for the section's SQL, e.g. {@code {group: dept}} for a shared dataset
     * @param monthly       the dataset reads the views' monthly rows (a trend over :trend_from .. :trend_to): a
     *                      half-year or annual report leaves its views unshadowed (PeriodViews)
     * @param companyOnly   only in the company-wide report (a section that compares sites, e.g. the heat map)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String id, String title, String sql, String kind, boolean context, List<Column> columns,
                          @JsonProperty("max_rows") Integer maxRows,
                          @JsonProperty("business_lines") List<String> businessLines,
                          Map<String, String> params, boolean monthly,
                          @JsonProperty("company_only") boolean companyOnly) {
        public Section {
            columns = columns == null ? List.of() : List.copyOf(columns);
            businessLines = businessLines == null ? List.of() : List.copyOf(businessLines);
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public boolean appliesTo(List<String> scopeBusinessLines) {
            return businessLines.isEmpty() || businessLines.stream().anyMatch(scopeBusinessLines::contains);
        }
    }

    /**
     * @param format text, i18n (value is a bundle key suffix under {@code metric.}), int (counts), qty (quantities:
     *               decimals only when there are any), dec, dec1, money (the header names the currency), pct,
     *               delta (signed count) or pctdelta (signed percentage points); kpi / kpidelta for a column whose
     *               rows are figures of different kinds, each printed (as a value / a signed change) in its row's
     *               {@code fmt} (kpi_definitions.format)
     * @param wrap   free text that may take several lines; every other column prints on one line, in a smaller
     *               font when a value is too long, so identifiers and names never break mid-token
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String field, String header, int width, String format, boolean wrap) {
    }
}
