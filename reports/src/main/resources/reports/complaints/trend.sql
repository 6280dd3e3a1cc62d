-- Complaints received and valid over the 13 months ending with the report month. Months before the first month the
-- complaints arrived are left out; a month within the range whose complaints did not arrive is NULL (a gap), never 0.
WITH months AS (
    SELECT strftime(d, '%Y-%m') AS period
    FROM range(CAST(:trend_start AS DATE), CAST(:month_end AS DATE), INTERVAL 1 MONTH) t(d)
), loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'complaints'
), agg AS (
    SELECT period, sum(received) AS received, sum(valid) AS valid
    FROM v_complaint_monthly_classification
    WHERE period BETWEEN :trend_from AND :trend_to AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
)
SELECT strftime(CAST(m.period || '-01' AS DATE), '%y-%m') AS category,
       k.name_zh AS series_zh,
       k.name_en AS series_en,
       CASE WHEN l.period IS NULL THEN NULL
            WHEN x.kpi = 'complaints_received' THEN coalesce(a.received, 0) ELSE coalesce(a.valid, 0) END AS value
FROM months m
CROSS JOIN (VALUES (1, 'complaints_received'), (2, 'complaints_valid')) x(ord, kpi)
JOIN kpi_definitions k ON k.kpi = x.kpi
LEFT JOIN loaded l ON l.period = m.period
LEFT JOIN agg a ON a.period = m.period
WHERE m.period >= (SELECT min(period) FROM loaded)
ORDER BY x.ord, m.period
