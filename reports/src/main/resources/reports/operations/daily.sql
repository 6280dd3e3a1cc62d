-- Calls and visits per day of the month.
SELECT lpad(CAST(d.day_of_month AS VARCHAR), 2, '0') AS category,
       x.series,
       SUM(CASE x.series WHEN 'calls' THEN f.calls ELSE f.visits END) AS value
FROM fact_daily_traffic f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_date d ON d.date_key = f.date_key
CROSS JOIN (VALUES (1, 'calls'), (2, 'visits')) x(ord, series)
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY x.ord, x.series, d.day_of_month
ORDER BY x.ord, d.day_of_month
