-- The satisfied rate and the callbacks within 3 days over the 13 months ending with the report month. Months before
-- the first month the callbacks arrived are left out; a month within the range without callbacks is NULL (a gap).
WITH months AS (
    SELECT strftime(d, '%Y-%m') AS period
    FROM range(CAST(:trend_start AS DATE), CAST(:month_end AS DATE), INTERVAL 1 MONTH) t(d)
), loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'callbacks'
), agg AS (
    SELECT period,
           sum(satisfied) / nullif(sum(reached), 0)::DOUBLE AS satisfied_rate,
           sum(within_3_days) / nullif(sum(with_service_date), 0)::DOUBLE AS within_3_days_rate
    FROM v_callback_monthly
    WHERE period BETWEEN :trend_from AND :trend_to
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
)
SELECT strftime(CAST(m.period || '-01' AS DATE), '%y-%m') AS category,
       k.name_zh AS series_zh,
       k.name_en AS series_en,
       CASE WHEN x.kpi = 'satisfied_rate' THEN a.satisfied_rate ELSE a.within_3_days_rate END AS value
FROM months m
CROSS JOIN (VALUES (1, 'satisfied_rate'), (2, 'callbacks_within_3_days_rate')) x(ord, kpi)
JOIN kpi_definitions k ON k.kpi = x.kpi
LEFT JOIN agg a ON a.period = m.period
WHERE m.period >= (SELECT min(period) FROM loaded)
ORDER BY x.ord, m.period
