-- Major complaints (重大投诉), one row each, with where they stand: the list the monthly report prints.
CREATE VIEW v_major_complaints AS
SELECT f.period, f.complaint_id, f.received_at,
       s.site_code, s.site_name, s.site_name_en, s.business_line,
       d.dept_code AS responsible_dept_code, d.dept_name AS responsible_dept_name,
       d.dept_name_en AS responsible_dept_name_en, d.dept_label_zh AS responsible_dept_label_zh,
       d.dept_label_en AS responsible_dept_label_en,
       c.record_type, c.cause_type, c.cause_type_name_zh, c.cause_type_name_en,
       f.is_closed, f.resolved_at, f.hours_to_resolve, f.compensation_amount
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN v_department d ON d.dept_key = f.responsible_dept_key
JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
WHERE c.is_major;
