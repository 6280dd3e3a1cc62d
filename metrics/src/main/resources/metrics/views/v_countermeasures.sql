-- Improvement countermeasures (整改措施, DOMAIN 10.3 1f) with site, department, cause and owner names, and the month's
-- complaints of the same site, department and cause beside each (what the countermeasure answers).
CREATE VIEW v_countermeasures AS
WITH complaints AS (
    SELECT f.period, f.site_key, f.responsible_dept_key, c.cause_type, count(*) AS complaints
    FROM fact_complaint f
    JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
    WHERE c.record_type = 'complaint'
    GROUP BY ALL
)
SELECT m.period, m.countermeasure_id, d.date AS recorded_on,
       s.site_code, s.site_name, s.site_name_en, s.business_line,
       dep.dept_code, dep.dept_name, dep.dept_name_en, dep.dept_label_zh, dep.dept_label_en,
       m.cause_type, cl.label_zh AS cause_type_name_zh, cl.label_en AS cause_type_name_en,
       m.countermeasure,
       CASE WHEN m.owner_employee_key <> 0 THEN e.employee_name END AS owner_name,
       m.due_date,
       coalesce(k.complaints, 0) AS complaints
FROM fact_countermeasure m
JOIN dim_date d ON d.date_key = m.recorded_date_key
JOIN dim_site s ON s.site_key = m.site_key
JOIN v_department dep ON dep.dept_key = m.responsible_dept_key
LEFT JOIN dim_employee e ON e.employee_key = m.owner_employee_key
LEFT JOIN code_labels cl ON cl.source = 'countermeasures' AND cl.field = 'cause_type' AND cl.code = m.cause_type
LEFT JOIN complaints k ON k.period = m.period AND k.site_key = m.site_key
      AND k.responsible_dept_key = m.responsible_dept_key AND k.cause_type = m.cause_type;
