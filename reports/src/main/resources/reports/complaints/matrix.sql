-- Responsible department x cause type (product quality, service, other, and unspecified when the export names no
-- cause: 未注明, never counted as other) of the month's complaints, with a total row.
-- Company-wide, a department name shared by two business lines carries its business line (工程部 (物业)).
WITH c AS (
    SELECT responsible_dept_code AS dept_code,
           CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_zh ELSE responsible_dept_name END AS dept_zh,
           CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_en ELSE responsible_dept_name_en END AS dept_en,
           cause_type, received, valid
    FROM v_complaint_monthly_classification
    WHERE period = :period AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
)
SELECT CASE WHEN GROUPING(dept_code) = 1 THEN '合计' ELSE any_value(dept_zh) END AS dept_zh,
       CASE WHEN GROUPING(dept_code) = 1 THEN 'Total' ELSE any_value(dept_en) END AS dept_en,
       sum(CASE WHEN cause_type = 'quality' THEN received ELSE 0 END) AS quality,
       sum(CASE WHEN cause_type = 'service' THEN received ELSE 0 END) AS service,
       sum(CASE WHEN cause_type NOT IN ('quality', 'service', 'unspecified') THEN received ELSE 0 END) AS other,
       sum(CASE WHEN cause_type = 'unspecified' THEN received ELSE 0 END) AS unspecified,
       sum(received) AS total,
       sum(valid) AS valid
FROM c
GROUP BY ROLLUP (dept_code)
HAVING count(*) > 0 -- no lone total row in an empty month
ORDER BY GROUPING(dept_code), total DESC, dept_zh
