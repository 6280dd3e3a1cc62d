package io.opsdw.reports;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets the monthly datasets report a half-year or a year unchanged. For a longer period, each analyst view a
 * dataset names is shadowed, for that query only, by a common table expression of the same name whose
 * {@code period} is the longer period's label ('2026-H1', '2026') instead of the month: {@code WHERE period =
 * :period} then selects the period's months, and the dataset's sums and sum(numerator) / sum(base) rates are over
 * those months. No measure is re-defined: the views' additive counts are summed exactly as for one month.
 *
 * <p>A CTE, not a temporary view: DuckDB binds a view's body through the search path, so a temporary view named
 * like an analyst view would also change the published views built on it (v_kpi_monthly would see relabelled rows
 * and relabel them again); a CTE is seen by the dataset's own query only.
 *
 * <p>Two views are one row per month and so are summed into one row per period, not relabelled:
 * {@code v_source_periods} (a source arrived for the period when any of its months arrived; files and rows summed)
 * and {@code v_data_coverage} (per site and source; counts summed, master data's whole-export counts the largest
 * month's).
 */
final class PeriodViews {
    private static final Pattern VIEW_NAME = Pattern.compile("\\b(v_[a-z0-9_]+)\\b");
    private static final Pattern LEADING_WITH = Pattern.compile("^\\s*(?i:with)\\s+");

    private final ReportPeriod period;
    private final String catalog;
    private final Set<String> periodViews;

    /**
     * @param catalog     the published file's catalog name (DuckDB's current_database())
     * @param periodViews the analyst views with a {@code period} column
     */
    PeriodViews(ReportPeriod period, String catalog, Set<String> periodViews) {
        this.period = period;
        this.catalog = catalog;
        this.periodViews = Set.copyOf(periodViews);
    }

    /** The dataset's SQL as it runs for this period: unchanged for a month or a dataset that reads months. */
    String apply(String sql, boolean readsMonths) {
        if (period.isMonth() || readsMonths) {
            return sql;
        }
        String text = sql.replaceAll("(?m)--.*$", "");
        Set<String> used = new LinkedHashSet<>();
        Matcher m = VIEW_NAME.matcher(text);
        while (m.find()) {
            if (periodViews.contains(m.group(1))) {
                used.add(m.group(1));
            }
        }
        if (used.isEmpty()) {
            return sql;
        }
        StringBuilder ctes = new StringBuilder();
        for (String view : used) {
            ctes.append(ctes.isEmpty() ? "" : ",\n").append(view).append(" AS (").append(body(view)).append(')');
        }
        Matcher with = LEADING_WITH.matcher(text);
        if (with.find()) {
            if (text.substring(with.end()).toLowerCase(Locale.ROOT).startsWith("recursive")) {
                throw new IllegalStateException("WITH RECURSIVE datasets cannot be given a longer period");
            }
            return "WITH " + ctes + ",\n" + text.substring(with.end());
        }
        return "WITH " + ctes + "\n" + text;
    }

    private String body(String view) {
        String source = quoted(catalog) + ".main." + view;
        String label = period.labelOf("period");
        return switch (view) {
            case "v_source_periods" -> "SELECT source, " + label + " AS period, sum(files) AS files,"
                    + " sum(rows_read) AS rows_read, sum(accepted) AS accepted, sum(quarantined) AS quarantined,"
                    + " max(ingested_at) AS ingested_at, count(*) AS months FROM " + source + " GROUP BY source, 2";
            case "v_data_coverage" -> "SELECT " + label + " AS period, site_code, site_name, site_name_en, business_line,"
                    + " source, source_group, source_title_zh, source_title_en, bool_or(loaded) AS loaded,"
                    + " sum(files) AS files, " + byGroup("export_accepted") + ", " + byGroup("export_quarantined") + ","
                    + " sum(site_rows) AS site_rows, sum(traffic_days_missing) AS traffic_days_missing"
                    + " FROM " + source + " GROUP BY ALL";
            default -> "SELECT * REPLACE (" + label + " AS period) FROM " + source;
        };
    }

    /** Whole-export row counts: summed over the months for monthly exports, the largest month's for master data. */
    private static String byGroup(String column) {
        return "CASE WHEN any_value(source_group) = 'master' THEN max(" + column + ") ELSE sum(" + column + ") END AS "
                + column;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
