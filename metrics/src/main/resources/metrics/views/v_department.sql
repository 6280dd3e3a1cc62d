-- Departments with a label that tells same-named departments of different business lines apart: 工程部 exists in
-- a property office and a sales centre, so it is labelled 工程部 (物业) and 工程部 (售楼处); unique names stay as they are.
CREATE VIEW v_department AS
WITH shared_zh AS (
    SELECT dept_name FROM dim_department WHERE dept_key <> 0 GROUP BY ALL HAVING count(DISTINCT business_line) > 1
), shared_en AS (
    SELECT dept_name_en FROM dim_department WHERE dept_key <> 0 GROUP BY ALL HAVING count(DISTINCT business_line) > 1
)
SELECT d.dept_key, d.dept_code, d.dept_name, d.dept_name_en,
       d.business_line, d.business_line_name_zh, d.business_line_name_en,
       CASE WHEN d.dept_name IN (SELECT dept_name FROM shared_zh)
            THEN d.dept_name || ' (' || d.business_line_name_zh || ')' ELSE d.dept_name END AS dept_label_zh,
       CASE WHEN d.dept_name_en IN (SELECT dept_name_en FROM shared_en)
            THEN d.dept_name_en || ' (' || d.business_line_name_en || ')' ELSE d.dept_name_en END AS dept_label_en
FROM dim_department d;
