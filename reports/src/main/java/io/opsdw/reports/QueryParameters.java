package io.opsdw.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The values a dataset's SQL may refer to as {@code :name}. All are bound as JDBC parameters, never spliced
 * into SQL text. {@code site} is NULL for the company-wide report; {@code business_lines} are the scope's (the
 * site's, or every site's for the company-wide report), comma-separated.
 *
 * <p>{@code :period}, {@code :prev_period} and {@code :ly_period} are the report's period and its comparisons as
 * the views' {@code period} column holds them: months ('2026-10') in a monthly report; in a half-year or annual
 * report the labels '2026-H1' / '2025-H2' / '2025-H1' (or '2026' / '2025' / '2025'), which {@link PeriodViews}
 * gives the months' rows. A trend reads months: {@code :trend_from} .. {@code :trend_to} (13 months ending with the
 * period's last month), {@code :trend_start} and {@code :month_end} the same range as dates.
 */
public record QueryParameters(ReportPeriod period, String site, List<String> businessLines) {

    public QueryParameters(YearMonth period, String site) {
        this(ReportPeriod.month(period), site, List.of());
    }

    public QueryParameters(YearMonth period, String site, List<String> businessLines) {
        this(ReportPeriod.month(period), site, businessLines);
    }

    public QueryParameters {
        businessLines = businessLines == null ? List.of() : List.copyOf(businessLines);
    }

    public Map<String, Object> asMap() {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        YearMonth last = period.last();
        m.put("period", period.toString());
        m.put("prev_period", period.previous().toString());
        m.put("ly_period", period.lastYear().toString());
        m.put("trend_from", last.minusMonths(12).toString());
        m.put("trend_to", last.toString());
        m.put("trend_start", last.minusMonths(12).atDay(1).toString());
        m.put("month_start", period.first().atDay(1).toString());
        m.put("month_end", last.plusMonths(1).atDay(1).toString());
        m.put("site", site);
        m.put("business_lines", String.join(",", businessLines));
        return m;
    }
}
