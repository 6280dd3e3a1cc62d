-- 13 months ending with the report month; months without rows show 0.
WITH months AS (
    SELECT strftime(d, '%Y-%m') AS period
    FROM range(CAST(:trend_start AS DATE), CAST(:month_end AS DATE), INTERVAL 1 MONTH) t(d)
), agg AS (
    SELECT f.period,
           SUM(f.complaint_count) AS received,
           SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period BETWEEN :trend_from AND :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
)
SELECT strftime(CAST(m.period || '-01' AS DATE), '%y-%m') AS category,
       x.series,
       CASE x.series WHEN 'received' THEN COALESCE(a.received, 0) ELSE COALESCE(a.valid, 0) END AS value
FROM months m
CROSS JOIN (VALUES (1, 'received'), (2, 'valid')) x(ord, series)
LEFT JOIN agg a ON a.period = m.period
ORDER BY x.ord, m.period
