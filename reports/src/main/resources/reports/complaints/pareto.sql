-- Pareto of causes: responsible department x cause type, largest first, with cumulative share.
WITH c AS (
    SELECT d.dept_name || ' / ' || cc.cause_type_name_zh AS cause_zh,
           d.dept_name || ' / ' || cc.cause_type_name_en AS cause_en,
           SUM(f.complaint_count) AS complaints
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_department d ON d.dept_key = f.responsible_dept_key
    JOIN dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key
    WHERE f.period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY ALL
)
SELECT cause_zh, cause_en, complaints,
       complaints / SUM(complaints) OVER ()::DOUBLE AS share,
       SUM(complaints) OVER (ORDER BY complaints DESC, cause_zh ROWS UNBOUNDED PRECEDING)
           / SUM(complaints) OVER ()::DOUBLE AS cum_share
FROM c
ORDER BY complaints DESC, cause_zh
LIMIT 12
