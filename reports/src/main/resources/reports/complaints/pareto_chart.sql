-- The first 8 of pareto.sql's ranking for the Pareto chart (category, series, value), with the cumulative share
-- of all the month's complaints (cum_share, as pareto.sql: the line stays below 100 % when more causes exist).
WITH c AS (
    SELECT CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_zh ELSE responsible_dept_name END
               || ' / ' || cause_type_name_zh AS category_zh,
           CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_en ELSE responsible_dept_name_en END
               || ' / ' || cause_type_name_en AS category_en,
           sum(received) AS value
    FROM v_complaint_monthly_classification
    WHERE period = :period AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY responsible_dept_code, cause_type, 1, 2
)
-- The chart breaks a label between department and cause (its columns are narrow); the table prints it on one line.
SELECT replace(c.category_zh, ' / ', chr(10)) AS category_zh, replace(c.category_en, ' / ', chr(10)) AS category_en, k.name_zh AS series_zh, k.name_en AS series_en, c.value,
       sum(c.value) OVER (ORDER BY c.value DESC, c.category_zh ROWS UNBOUNDED PRECEDING)
           / sum(c.value) OVER ()::DOUBLE AS cum_share
FROM c
JOIN kpi_definitions k ON k.kpi = 'complaints_received'
ORDER BY c.value DESC, c.category_zh
LIMIT 8
