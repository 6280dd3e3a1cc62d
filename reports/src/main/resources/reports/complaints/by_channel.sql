-- Complaints per channel, including parent company and media escalations.
SELECT c.channel_name_zh AS channel_zh,
       c.channel_name_en AS channel_en,
       SUM(f.complaint_count) AS received,
       SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid,
       SUM(f.complaint_count) / SUM(SUM(f.complaint_count)) OVER ()::DOUBLE AS share
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_channel c ON c.channel_key = f.channel_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY c.channel_code, c.channel_name_zh, c.channel_name_en
ORDER BY received DESC, c.channel_code
