-- 满意 / 一般 / 不满意 of reached callbacks by service item, providing department or providing staff member
-- (:group = item | dept | staff | site; one dataset, four sections), worst satisfied rate first. Company-wide, a
-- department name shared by two business lines carries its business line. Only groups with at least :min_calls
-- reached callbacks are ranked (report.yaml: 10 for staff, 0 for items and departments); the rest make one row.
WITH b AS (
    SELECT CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name WHEN 'dept' THEN provider_dept_code
                WHEN 'site' THEN site_code ELSE provider_employee_id END AS k,
           CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name WHEN 'site' THEN site_name
                WHEN 'dept' THEN CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN provider_dept_label_zh ELSE provider_dept_name END
                ELSE provider_employee_name END AS name_zh,
           CASE CAST(:group AS VARCHAR) WHEN 'item' THEN service_item_name WHEN 'site' THEN site_name_en
                WHEN 'dept' THEN CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN provider_dept_label_en ELSE provider_dept_name_en END
                ELSE provider_employee_name END AS name_en,
           callbacks_reached, satisfied, neutral, dissatisfied
    FROM v_satisfaction_by_service_item
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
), g AS (
    SELECT any_value(name_zh) AS name_zh,
           CASE WHEN any_value(name_en) = '未知' THEN 'Unknown' ELSE any_value(name_en) END AS name_en,
           sum(callbacks_reached) AS reached,
           sum(satisfied) AS satisfied,
           sum(neutral) AS neutral,
           sum(dissatisfied) AS dissatisfied
    FROM b
    GROUP BY k
), r AS (
    SELECT *, reached >= CAST(:min_calls AS INTEGER) AS ranked FROM g
)
SELECT name_zh, name_en, reached, satisfied, neutral, dissatisfied, satisfied_rate FROM (
    SELECT 0 AS ord, name_zh, name_en, reached, satisfied, neutral, dissatisfied,
           satisfied / nullif(reached, 0)::DOUBLE AS satisfied_rate
    FROM r WHERE ranked
    UNION ALL
    -- Those below the minimum, in one row: a rate over a handful of calls ranks no one.
    SELECT 1, '其余 ' || count(*) || ' 人 (接通回访少于 ' || CAST(:min_calls AS INTEGER) || ' 次)',
           'Other ' || count(*) || ' (fewer than ' || CAST(:min_calls AS INTEGER) || ' calls reached)',
           sum(reached), sum(satisfied), sum(neutral), sum(dissatisfied),
           sum(satisfied) / nullif(sum(reached), 0)::DOUBLE
    FROM r WHERE NOT ranked
    HAVING count(*) > 0
)
ORDER BY ord, satisfied_rate ASC, reached DESC, name_zh
