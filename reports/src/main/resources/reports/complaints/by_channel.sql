-- The month's complaints per channel, including parent-company and media escalations.
SELECT channel_name_zh AS channel_zh,
       channel_name_en AS channel_en,
       sum(received) AS received,
       sum(valid) AS valid,
       sum(received) / sum(sum(received)) OVER ()::DOUBLE AS share
FROM v_complaint_monthly_classification
WHERE period = :period AND record_type = 'complaint'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY channel_code, channel_name_zh, channel_name_en
ORDER BY received DESC, channel_code
