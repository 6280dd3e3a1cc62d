-- Weekday profile for the bar chart.
SELECT d.weekday_name_zh AS category_zh,
       d.weekday_name_en AS category_en,
       x.series,
       AVG(CASE x.series WHEN 'avg_calls' THEN f.calls ELSE f.visits END) AS value
FROM fact_daily_traffic f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_date d ON d.date_key = f.date_key
CROSS JOIN (VALUES (1, 'avg_calls'), (2, 'avg_visits')) x(ord, series)
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY x.ord, x.series, d.weekday, d.weekday_name_zh, d.weekday_name_en
ORDER BY x.ord, d.weekday
