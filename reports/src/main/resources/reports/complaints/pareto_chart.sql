-- Same ranking as pareto.sql, shaped for the shared bar chart (category, series, value).
SELECT d.dept_name || ' / ' || cc.cause_type_name_zh AS category_zh,
       d.dept_name || ' / ' || cc.cause_type_name_en AS category_en,
       'complaints' AS series,
       SUM(f.complaint_count) AS value
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_department d ON d.dept_key = f.responsible_dept_key
JOIN dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY ALL
ORDER BY value DESC, category_zh
LIMIT 8
