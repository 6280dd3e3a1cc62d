-- The month's complaints by the source's own category (v_complaint_category_monthly), where the export gives one;
-- no rows when it does not.
SELECT category_name AS category,
       sum(received) AS received,
       sum(valid) AS valid,
       sum(open) AS open,
       sum(sla_met) / nullif(sum(sla_judged), 0)::DOUBLE AS sla_met_rate,
       sum(received) / sum(sum(received)) OVER ()::DOUBLE AS share
FROM v_complaint_category_monthly
WHERE period = :period AND record_type = 'complaint'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY category_name
ORDER BY received DESC, category_name
