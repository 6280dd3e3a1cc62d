-- Satisfaction levels by providing department, over reached callbacks.
SELECT d.dept_name AS name,
       SUM(f.callback_count) AS reached,
       SUM(CASE WHEN l.result_code = 'satisfied' THEN f.callback_count ELSE 0 END) AS satisfied,
       SUM(CASE WHEN l.result_code = 'neutral' THEN f.callback_count ELSE 0 END) AS neutral,
       SUM(CASE WHEN l.result_code = 'dissatisfied' THEN f.callback_count ELSE 0 END) AS dissatisfied,
       SUM(CASE WHEN f.is_satisfied THEN f.callback_count ELSE 0 END) / SUM(f.callback_count)::DOUBLE AS satisfied_rate
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_satisfaction_level l ON l.satisfaction_key = f.satisfaction_key
JOIN dim_department d ON d.dept_key = f.provider_dept_key
WHERE f.period = :period
  AND f.is_reached
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY d.dept_key, d.dept_name
ORDER BY satisfied_rate ASC, reached DESC, d.dept_name
