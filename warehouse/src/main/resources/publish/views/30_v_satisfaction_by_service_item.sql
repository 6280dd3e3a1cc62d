-- 满意/一般/不满意 per month, site, service item and providing department (reached callbacks only).
CREATE VIEW v_satisfaction_by_service_item AS
SELECT f.period, s.site_code, s.site_name, i.service_item_name,
       d.dept_code AS provider_dept_code, d.dept_name AS provider_dept_name,
       count(*)                                                   AS callbacks_reached,
       count(*) FILTER (WHERE l.result_code = 'satisfied')        AS satisfied,
       count(*) FILTER (WHERE l.result_code = 'neutral')          AS neutral,
       count(*) FILTER (WHERE l.result_code = 'dissatisfied')     AS dissatisfied,
       avg(CASE WHEN l.is_satisfied THEN 1.0 ELSE 0.0 END)        AS satisfied_rate,
       avg(f.satisfaction_score)                                  AS avg_score
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_service_item i ON i.service_item_key = f.service_item_key
JOIN dim_department d ON d.dept_key = f.provider_dept_key
JOIN dim_satisfaction_level l ON l.satisfaction_key = f.satisfaction_key
WHERE l.is_reached
GROUP BY ALL;
