-- 满意 / 一般 / 不满意 of reached callbacks by service item, providing department or providing staff member
-- (:group = item | dept | staff; one dataset, three sections), worst satisfied rate first. Company-wide, a
-- department name shared by two business lines carries its business line.
WITH b AS (
    SELECT CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name WHEN 'dept' THEN provider_dept_code
                ELSE provider_employee_id END AS k,
           CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name
                WHEN 'dept' THEN CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN provider_dept_label_zh ELSE provider_dept_name END
                ELSE provider_employee_name END AS name_zh,
           CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name
                WHEN 'dept' THEN CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN provider_dept_label_en ELSE provider_dept_name_en END
                ELSE provider_employee_name END AS name_en,
           callbacks_reached, satisfied, neutral, dissatisfied
    FROM v_satisfaction_by_service_item
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
)
SELECT any_value(name_zh) AS name_zh,
       CASE WHEN any_value(name_en) = '未知' THEN 'Unknown' ELSE any_value(name_en) END AS name_en,
       sum(callbacks_reached) AS reached,
       sum(satisfied) AS satisfied,
       sum(neutral) AS neutral,
       sum(dissatisfied) AS dissatisfied,
       sum(satisfied) / nullif(sum(callbacks_reached), 0)::DOUBLE AS satisfied_rate
FROM b
GROUP BY k
ORDER BY satisfied_rate ASC, reached DESC, name_zh
