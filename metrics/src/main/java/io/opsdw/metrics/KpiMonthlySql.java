package io.opsdw.metrics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds v_kpi_monthly from the KPI catalogue: each KPI's numerator and base summed per month and site exactly as
 * kpis.yml declares them, so that a page listing many KPIs (the summary) computes none of them itself.
 */
final class KpiMonthlySql {
    private KpiMonthlySql() {
    }

    static String create(String viewName, List<KpiDef> kpis) {
        if (kpis.isEmpty()) {
            return "CREATE VIEW " + viewName + " AS SELECT CAST(NULL AS VARCHAR) AS kpi, CAST(NULL AS VARCHAR) AS period, "
                    + "CAST(NULL AS VARCHAR) AS site_code, CAST(NULL AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS base "
                    + "WHERE false";
        }
        String parts = kpis.stream().map(KpiMonthlySql::parts).collect(Collectors.joining("\n    UNION ALL "));
        return "CREATE VIEW " + viewName + " AS\nSELECT kpi, period, site_code, sum(numerator) AS numerator, sum(base) AS base\n"
                + "FROM (\n    " + parts + "\n) t\nGROUP BY kpi, period, site_code";
    }

    private static String parts(KpiDef k) {
        String numerator = "SELECT " + MetricsLayer.literal(k.id()) + " AS kpi, period, site_code, CAST(sum(" + k.numerator()
                + ") AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS base FROM " + k.view() + where(k.where())
                + " GROUP BY period, site_code";
        if (!k.hasBase()) {
            return numerator;
        }
        return numerator + "\n    UNION ALL SELECT " + MetricsLayer.literal(k.id()) + ", period, site_code, NULL, CAST(sum("
                + k.base() + ") AS DOUBLE) FROM " + k.baseViewOrView() + where(k.baseWhereOrWhere())
                + " GROUP BY period, site_code";
    }

    private static String where(String predicate) {
        return predicate == null ? "" : " WHERE " + predicate;
    }
}
