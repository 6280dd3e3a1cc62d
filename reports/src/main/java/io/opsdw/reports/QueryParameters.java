package io.opsdw.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The values a dataset's SQL may refer to as {@code :name}. All are bound as JDBC parameters, never spliced
 * into SQL text. {@code site} is NULL for the company-wide report; {@code business_lines} are the scope's (the
 * site's, or every site's for the company-wide report), comma-separated.
 */
public record QueryParameters(YearMonth period, String site, List<String> businessLines) {

    public QueryParameters(YearMonth period, String site) {
        this(period, site, List.of());
    }

    public QueryParameters {
        businessLines = businessLines == null ? List.of() : List.copyOf(businessLines);
    }

    public Map<String, Object> asMap() {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        m.put("period", period.toString());
        m.put("prev_period", period.minusMonths(1).toString());
        m.put("ly_period", period.minusYears(1).toString());
        m.put("trend_from", period.minusMonths(12).toString());
        m.put("trend_start", period.minusMonths(12).atDay(1).toString());
        m.put("month_start", period.atDay(1).toString());
        m.put("month_end", period.plusMonths(1).atDay(1).toString());
        m.put("site", site);
        m.put("business_lines", String.join(",", businessLines));
        return m;
    }
}
