package io.opsdw.reports;

import java.time.YearMonth;
import java.util.Map;

/**
 * The values a dataset's SQL may refer to as {@code :name}. All are bound as JDBC parameters, never spliced
 * into SQL text. {@code site} is NULL for the company-wide report.
 */
public record QueryParameters(YearMonth period, String site) {

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
        return m;
    }
}
