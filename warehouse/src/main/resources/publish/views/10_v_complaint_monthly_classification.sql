-- 顾客投诉分类统计表: complaints per month, site, responsible department and cause type, with validity and severity.
CREATE VIEW v_complaint_monthly_classification AS
SELECT f.period,
       s.site_code, s.site_name, s.business_line,
       d.dept_code AS responsible_dept_code, d.dept_name AS responsible_dept_name,
       c.record_type, c.cause_type, c.cause_type_name_zh,
       count(*)                                   AS received,
       count(*) FILTER (WHERE c.is_valid)         AS valid,
       count(*) FILTER (WHERE NOT c.is_valid)     AS not_valid,
       count(*) FILTER (WHERE c.is_major)         AS major,
       count(*) FILTER (WHERE f.is_closed)        AS closed,
       count(*) FILTER (WHERE NOT f.is_closed)    AS open
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_department d ON d.dept_key = f.responsible_dept_key
JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
GROUP BY ALL;
