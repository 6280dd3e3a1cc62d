-- 满意 / 一般 / 不满意 of reached callbacks per month, site, service item, providing department and providing staff
-- member. Counts are additive; recompute the satisfied rate as sum(satisfied) / sum(callbacks_reached).
CREATE VIEW v_satisfaction_by_service_item AS
WITH m AS (
    SELECT f.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
           i.service_item_name,
           d.dept_code AS provider_dept_code, d.dept_name AS provider_dept_name, d.dept_name_en AS provider_dept_name_en,
           d.dept_label_zh AS provider_dept_label_zh, d.dept_label_en AS provider_dept_label_en,
           e.employee_id AS provider_employee_id, e.employee_name AS provider_employee_name,
           sum(f.callback_count)                                                          AS callbacks_reached,
           sum(CASE WHEN l.result_code = 'satisfied' THEN f.callback_count ELSE 0 END)     AS satisfied,
           sum(CASE WHEN l.result_code = 'neutral' THEN f.callback_count ELSE 0 END)       AS neutral,
           sum(CASE WHEN l.result_code = 'dissatisfied' THEN f.callback_count ELSE 0 END)  AS dissatisfied,
           sum(l.score * f.callback_count)                                                 AS score_total
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_service_item i ON i.service_item_key = f.service_item_key
    JOIN v_department d ON d.dept_key = f.provider_dept_key
    JOIN dim_employee e ON e.employee_key = f.provider_employee_key
    JOIN dim_satisfaction_level l ON l.satisfaction_key = f.satisfaction_key
    WHERE l.is_reached
    GROUP BY ALL
)
SELECT *,
       satisfied / nullif(callbacks_reached, 0)::DOUBLE AS satisfied_rate,
       score_total / nullif(callbacks_reached, 0)::DOUBLE AS avg_score
FROM m;
