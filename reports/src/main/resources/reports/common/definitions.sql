-- The report's footnote: each KPI it prints (:kpis) with its one definition (numerator and base) from the published
-- kpi_definitions, in the report's language; KPIs that do not apply to the scope's business lines are left out.
WITH wanted AS (
    SELECT unnest(l) AS kpi, generate_subscripts(l, 1) AS ord
    FROM (SELECT string_split(CAST(:kpis AS VARCHAR), ',') AS l)
)
SELECT k.name_zh, k.name_en, k.definition_zh, k.definition_en
FROM wanted w
JOIN kpi_definitions k ON k.kpi = w.kpi
WHERE k.business_lines IS NULL
   OR list_has_any(string_split(k.business_lines, ','), string_split(CAST(:business_lines AS VARCHAR), ','))
ORDER BY w.ord
