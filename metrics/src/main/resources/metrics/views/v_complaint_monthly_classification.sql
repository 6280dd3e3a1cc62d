-- 顾客投诉分类统计表: records per month, site, responsible department, record type, validity, cause type, severity and
-- channel, with labels in both languages. Counts are additive: sum them over any of these columns.
CREATE VIEW v_complaint_monthly_classification AS
SELECT f.period,
       s.site_code, s.site_name, s.site_name_en, s.business_line, s.business_line_name_zh, s.business_line_name_en,
       d.dept_code AS responsible_dept_code, d.dept_name AS responsible_dept_name,
       d.dept_name_en AS responsible_dept_name_en, d.business_line AS responsible_dept_business_line,
       d.dept_label_zh AS responsible_dept_label_zh, d.dept_label_en AS responsible_dept_label_en,
       c.record_type, c.record_type_name_zh, c.record_type_name_en,
       c.validity, c.validity_name_zh, c.validity_name_en,
       c.cause_type, c.cause_type_name_zh, c.cause_type_name_en,
       c.severity, c.severity_name_zh, c.severity_name_en,
       ch.channel_code, ch.channel_name_zh, ch.channel_name_en,
       sum(f.complaint_count)                                                  AS received,
       sum(CASE WHEN c.validity = 'valid' THEN f.complaint_count ELSE 0 END)    AS valid,
       sum(CASE WHEN c.validity = 'invalid' THEN f.complaint_count ELSE 0 END)  AS invalid,
       sum(CASE WHEN c.validity = 'pending' THEN f.complaint_count ELSE 0 END)  AS pending,
       sum(CASE WHEN c.is_major THEN f.complaint_count ELSE 0 END)              AS major,
       sum(CASE WHEN f.is_closed THEN f.complaint_count ELSE 0 END)             AS closed,
       sum(CASE WHEN f.is_closed THEN 0 ELSE f.complaint_count END)             AS open
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN v_department d ON d.dept_key = f.responsible_dept_key
JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
JOIN dim_channel ch ON ch.channel_key = f.channel_key
GROUP BY ALL;
