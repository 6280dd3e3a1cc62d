-- Major complaints (重大投诉) of the month and where they stand.
SELECT f.complaint_id,
       strftime(f.received_at, '%Y-%m-%d') AS received_on,
       s.site_name AS site,
       d.dept_name AS dept,
       cc.cause_type_name_zh AS cause_zh,
       cc.cause_type_name_en AS cause_en,
       CASE WHEN f.is_closed THEN 'closed' ELSE 'open' END AS status,
       f.hours_to_resolve,
       f.compensation_amount AS compensation
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_department d ON d.dept_key = f.responsible_dept_key
JOIN dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key
WHERE f.period = :period
  AND f.is_major
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
ORDER BY f.received_at, f.complaint_id
