-- The month's complaints per site (街区 / 项目).
SELECT site_name AS site_zh,
       site_name_en AS site_en,
       business_line_name_zh AS business_line_zh,
       business_line_name_en AS business_line_en,
       sum(received) AS received,
       sum(valid) AS valid,
       sum(major) AS major,
       sum(closed) AS closed,
       sum(closed) / nullif(sum(received), 0)::DOUBLE AS closed_rate
FROM v_complaint_monthly_classification
WHERE period = :period AND record_type = 'complaint'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY site_code, site_name, site_name_en, business_line_name_zh, business_line_name_en
ORDER BY received DESC, site_code
