-- Weekday profile for the bar chart: average calls and visits per site-day (series: bundle keys metric.avg_*).
SELECT t.weekday_name_zh AS category_zh,
       t.weekday_name_en AS category_en,
       x.series,
       avg(CASE x.series WHEN 'avg_calls' THEN t.calls ELSE t.visits END) AS value
FROM v_daily_traffic t
CROSS JOIN (VALUES (1, 'avg_calls'), (2, 'avg_visits')) x(ord, series)
WHERE t.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR t.site_code = CAST(:site AS VARCHAR))
GROUP BY x.ord, x.series, t.weekday, t.weekday_name_zh, t.weekday_name_en
ORDER BY x.ord, t.weekday
