-- The first 8 of pareto.sql's ranking, shaped for the shared bar chart (category, series, value).
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
SELECT c.category_zh, c.category_en, k.name_zh AS series_zh, k.name_en AS series_en, c.value
FROM c
JOIN kpi_definitions k ON k.kpi = 'complaints_received'
ORDER BY c.value DESC, c.category_zh
LIMIT 8
