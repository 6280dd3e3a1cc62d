-- 13 months of the satisfied rate and of callbacks within 3 days; months without callbacks are left out of the line.
WITH months AS (
    SELECT strftime(d, '%Y-%m') AS period
    FROM range(CAST(:trend_start AS DATE), CAST(:month_end AS DATE), INTERVAL 1 MONTH) t(d)
), agg AS (
    SELECT f.period,
           SUM(CASE WHEN f.is_satisfied THEN f.callback_count ELSE 0 END)
               / NULLIF(SUM(CASE WHEN f.is_reached THEN f.callback_count ELSE 0 END), 0)::DOUBLE AS satisfied_rate,
           AVG(CASE WHEN f.within_3_days THEN 1.0 ELSE 0.0 END) AS within_3d_rate
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period BETWEEN :trend_from AND :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
)
SELECT strftime(CAST(m.period || '-01' AS DATE), '%y-%m') AS category,
       x.series,
       CASE x.series WHEN 'satisfied_rate' THEN a.satisfied_rate ELSE a.within_3d_rate END AS value
FROM months m
CROSS JOIN (VALUES (1, 'satisfied_rate'), (2, 'within_3d_rate')) x(ord, series)
LEFT JOIN agg a ON a.period = m.period
ORDER BY x.ord, m.period
