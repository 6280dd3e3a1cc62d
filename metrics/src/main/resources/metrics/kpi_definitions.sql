-- The KPI catalogue as a table of the published file (metrics/kpis.yml; rows inserted by MetricsLayer).
CREATE TABLE kpi_definitions (kpi VARCHAR, name_zh VARCHAR, name_en VARCHAR, definition_zh VARCHAR,
    definition_en VARCHAR, view_name VARCHAR, numerator VARCHAR, row_filter VARCHAR, base_view VARCHAR, base VARCHAR,
    base_filter VARCHAR, format VARCHAR, sources VARCHAR, business_lines VARCHAR, ord INTEGER,
    target DOUBLE, target_at_risk_from DOUBLE, target_cite VARCHAR)
