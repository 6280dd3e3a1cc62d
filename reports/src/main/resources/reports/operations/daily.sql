-- Calls and visits per day of the month (v_daily_traffic); a day without any count is left out.
SELECT lpad(CAST(t.day_of_month AS VARCHAR), 2, '0') AS category,
       k.name_zh AS series_zh,
       k.name_en AS series_en,
       sum(CASE x.kpi WHEN 'calls' THEN t.calls ELSE t.visits END) AS value
FROM v_daily_traffic t
CROSS JOIN (VALUES (1, 'calls'), (2, 'visits')) x(ord, kpi)
JOIN kpi_definitions k ON k.kpi = x.kpi
WHERE t.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR t.site_code = CAST(:site AS VARCHAR))
GROUP BY x.ord, k.name_zh, k.name_en, t.day_of_month
ORDER BY x.ord, t.day_of_month
