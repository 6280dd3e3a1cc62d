-- Valid complaints per 1,000 visits, responsible department x site (DOMAIN 10.3 1b: the form's by-department and
-- by-site tables read together), company-wide. One row per cell the heat map prints:
--  * a department's cell at every site of its business line (0 when it had no complaint there) and at any other site
--    where it had one; a department of another business line with nothing at a site leaves the cell blank;
--  * the "all departments" row: the site's valid complaints per 1,000 visits;
--  * a site without a visitor count for the period (no row, or 0 visits) has no rate: no_visits = 1 ("no visits").
-- Departments are those with a complaint received in the period. Rates are sum / sum over the period's rows, so a
-- half-year or a year is right too. shade 0-4 bands a department cell's rate against the period's highest one
-- (0: none; k: up to k quarters of max_rate); the legend prints the bands from max_rate.
-- row_key / col_key sort the crosstab ("NNN|label": the order, then what prints).
WITH c AS (
    SELECT site_code, responsible_dept_code AS dept_code,
           any_value(responsible_dept_label_zh) AS dept_zh, any_value(responsible_dept_label_en) AS dept_en,
           any_value(responsible_dept_business_line) AS dept_line,
           sum(received) AS received, sum(valid) AS valid
    FROM v_complaint_monthly_classification
    WHERE period = :period AND record_type = 'complaint'
    GROUP BY site_code, responsible_dept_code
),
traffic AS (
    SELECT site_code, any_value(site_name) AS site_zh, any_value(site_name_en) AS site_en,
           any_value(business_line) AS site_line, sum(visits) AS visits
    FROM v_traffic_monthly
    WHERE period = :period
    GROUP BY site_code
),
complaint_sites AS (
    SELECT DISTINCT site_code, site_name AS site_zh, site_name_en AS site_en, business_line AS site_line
    FROM v_complaint_monthly_classification
    WHERE period = :period AND record_type = 'complaint'
),
sites AS (
    SELECT coalesce(t.site_code, s.site_code) AS site_code, coalesce(t.site_zh, s.site_zh) AS site_zh,
           coalesce(t.site_en, s.site_en) AS site_en, coalesce(t.site_line, s.site_line) AS site_line,
           CASE WHEN t.visits > 0 THEN t.visits END AS visits
    FROM traffic t FULL JOIN complaint_sites s USING (site_code)
),
depts AS (
    SELECT dept_code, any_value(dept_zh) AS dept_zh, any_value(dept_en) AS dept_en, any_value(dept_line) AS dept_line,
           sum(valid) AS valid
    FROM c
    GROUP BY dept_code
    HAVING sum(received) > 0
),
cells AS (
    SELECT d.dept_code, d.dept_zh, d.dept_en, d.valid AS dept_valid, s.site_code, s.site_zh, s.site_en, s.visits,
           coalesce(c.valid, 0) AS valid
    FROM depts d CROSS JOIN sites s
    LEFT JOIN c ON c.dept_code = d.dept_code AND c.site_code = s.site_code
    WHERE c.dept_code IS NOT NULL OR d.dept_line = s.site_line
),
totals AS (
    SELECT s.site_code, s.site_zh, s.site_en, s.visits, coalesce(sum(c.valid), 0) AS valid
    FROM sites s LEFT JOIN c USING (site_code)
    GROUP BY s.site_code, s.site_zh, s.site_en, s.visits
),
rated AS (
    SELECT printf('%03d|%s', dense_rank() OVER (ORDER BY dept_valid DESC, dept_code), dept_zh) AS row_key_zh,
           printf('%03d|%s', dense_rank() OVER (ORDER BY dept_valid DESC, dept_code), dept_en) AS row_key_en,
           site_code, site_zh, site_en, visits, valid, 1000.0 * valid / visits AS rate, false AS is_total
    FROM cells
    UNION ALL
    SELECT '999|全部部门', '999|All departments', site_code, site_zh, site_en, visits, valid,
           1000.0 * valid / visits, true
    FROM totals
    WHERE EXISTS (SELECT 1 FROM depts)
),
banded AS (
    SELECT *, max(CASE WHEN NOT is_total THEN rate END) OVER () AS max_rate FROM rated
)
SELECT row_key_zh, row_key_en,
       printf('%03d|%s', dense_rank() OVER (ORDER BY site_code), site_zh) AS col_key_zh,
       printf('%03d|%s', dense_rank() OVER (ORDER BY site_code), site_en) AS col_key_en,
       site_code, CAST(valid AS INTEGER) AS valid, CAST(visits AS BIGINT) AS visits, CAST(rate AS DOUBLE) AS rate,
       CASE WHEN visits IS NULL THEN 1 ELSE 0 END AS no_visits,
       CASE WHEN is_total OR rate IS NULL THEN NULL
            WHEN rate = 0 OR max_rate = 0 THEN 0
            ELSE least(4, greatest(1, CAST(ceil(4 * rate / max_rate - 1e-9) AS INTEGER))) END AS shade,
       CASE WHEN is_total THEN 1 ELSE 0 END AS is_total,
       CAST(max_rate AS DOUBLE) AS max_rate,
       'note.heatmap' AS note_key
FROM banded
ORDER BY row_key_zh, col_key_zh
