-- Pareto of the month's complaints by responsible department x cause type, largest first, with cumulative share.
WITH c AS (
    SELECT CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_zh ELSE responsible_dept_name END
               || ' / ' || cause_type_name_zh AS cause_zh,
           CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_en ELSE responsible_dept_name_en END
               || ' / ' || cause_type_name_en AS cause_en,
           sum(received) AS complaints
    FROM v_complaint_monthly_classification
    WHERE period = :period AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY responsible_dept_code, cause_type, 1, 2
)
SELECT cause_zh, cause_en, complaints,
       complaints / sum(complaints) OVER ()::DOUBLE AS share,
       sum(complaints) OVER (ORDER BY complaints DESC, cause_zh ROWS UNBOUNDED PRECEDING)
           / sum(complaints) OVER ()::DOUBLE AS cum_share
FROM c
ORDER BY complaints DESC, cause_zh
LIMIT 12
