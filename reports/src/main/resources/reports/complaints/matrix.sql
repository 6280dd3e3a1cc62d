-- Responsible department x cause type (product quality vs service), with a total row.
SELECT CASE WHEN GROUPING(d.dept_name) = 1 THEN '合计' ELSE d.dept_name END AS dept_zh,
       CASE WHEN GROUPING(d.dept_name) = 1 THEN 'Total' ELSE d.dept_name END AS dept_en,
       SUM(CASE WHEN cc.cause_type = 'quality' THEN f.complaint_count ELSE 0 END) AS quality,
       SUM(CASE WHEN cc.cause_type = 'service' THEN f.complaint_count ELSE 0 END) AS service,
       SUM(CASE WHEN cc.cause_type NOT IN ('quality', 'service') THEN f.complaint_count ELSE 0 END) AS other,
       SUM(f.complaint_count) AS total,
       SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key
JOIN dim_department d ON d.dept_key = f.responsible_dept_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY ROLLUP (d.dept_name)
HAVING COUNT(*) > 0 -- no lone total row in an empty month
ORDER BY GROUPING(d.dept_name), total DESC, d.dept_name
