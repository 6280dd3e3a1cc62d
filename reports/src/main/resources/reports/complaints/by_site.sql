-- Complaints per site (街区 / 项目).
SELECT s.site_name AS site,
       s.business_line_name_zh AS business_line_zh,
       s.business_line_name_en AS business_line_en,
       SUM(f.complaint_count) AS received,
       SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid,
       SUM(CASE WHEN f.is_major THEN f.complaint_count ELSE 0 END) AS major,
       SUM(CASE WHEN f.is_closed THEN f.complaint_count ELSE 0 END) AS closed,
       SUM(CASE WHEN f.is_closed THEN f.complaint_count ELSE 0 END) / SUM(f.complaint_count)::DOUBLE AS closed_rate
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY s.site_code, s.site_name, s.business_line_name_zh, s.business_line_name_en
ORDER BY received DESC, s.site_code
