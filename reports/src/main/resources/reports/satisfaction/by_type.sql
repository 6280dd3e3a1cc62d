-- Callbacks made by type (service, complaint follow-up, member care).
SELECT t.callback_type_name_zh AS callback_type_zh,
       t.callback_type_name_en AS callback_type_en,
       SUM(f.callback_count) AS callbacks,
       SUM(CASE WHEN f.is_reached THEN f.callback_count ELSE 0 END) AS reached,
       SUM(CASE WHEN f.is_satisfied THEN f.callback_count ELSE 0 END) AS satisfied,
       SUM(CASE WHEN f.is_satisfied THEN f.callback_count ELSE 0 END)
           / NULLIF(SUM(CASE WHEN f.is_reached THEN f.callback_count ELSE 0 END), 0)::DOUBLE AS satisfied_rate,
       AVG(CASE WHEN f.within_3_days THEN 1.0 ELSE 0.0 END) AS within_3d_rate
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_callback_type t ON t.callback_type_key = f.callback_type_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY t.callback_type_code, t.callback_type_name_zh, t.callback_type_name_en
ORDER BY callbacks DESC, t.callback_type_code
