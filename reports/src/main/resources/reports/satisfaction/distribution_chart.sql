-- Same distribution for the pie chart.
SELECT l.result_name_zh || ' ' || SUM(f.callback_count) AS category_zh,
       l.result_name_en || ' ' || SUM(f.callback_count) AS category_en,
       SUM(f.callback_count) AS value
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_satisfaction_level l ON l.satisfaction_key = f.satisfaction_key
WHERE f.period = :period
  AND f.is_reached
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY l.result_code, l.result_name_zh, l.result_name_en, l.score
ORDER BY l.score DESC NULLS LAST
