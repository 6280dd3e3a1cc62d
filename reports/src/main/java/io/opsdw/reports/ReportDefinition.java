package io.opsdw.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One report as declared in {@code reports/<name>/report.yaml}: its title key, the headline dataset and the
 * ordered sections, each backed by one {@code .sql} file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportDefinition(String name, String title, String headline, List<Section> sections) {

    /**
     * @param kind    table, bar, line or pie
     * @param context true when the section shows history (e.g. a trend) and so does not count when deciding
     *                whether the month has data at all
     * @param maxRows for lists that grow with volume (e.g. every major complaint): print at most this many rows
     *                and say how many there are, so a busy month is not a report of hundreds of pages
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String id, String title, String sql, String kind, boolean context, List<Column> columns,
                          @JsonProperty("max_rows") Integer maxRows) {
        public Section {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /**
     * @param format text, i18n (value is a bundle key suffix under {@code metric.}), int (counts), qty (quantities:
     *               decimals only when there are any), dec, dec1, money (the header names the currency), pct,
     *               delta (signed count) or pctdelta (signed percentage points)
     * @param wrap   free text that may take several lines; every other column prints on one line, in a smaller
     *               font when a value is too long, so identifiers and names never break mid-token
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String field, String header, int width, String format, boolean wrap) {
    }
}
