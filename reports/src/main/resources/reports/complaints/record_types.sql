-- Records by type (投诉 / 建议 / 意见): the rest of this report counts complaints only; suggestions and opinions are here.
-- Validity not yet judged (待定, e.g. a regulator's unverified complaints) is its own column, never "not valid".
SELECT record_type_name_zh AS record_type_zh,
       record_type_name_en AS record_type_en,
       sum(received) AS received,
       sum(valid) AS valid,
       sum(invalid) AS invalid,
       sum(pending) AS pending,
       sum(received) / sum(sum(received)) OVER ()::DOUBLE AS share
FROM v_complaint_monthly_classification
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY record_type, record_type_name_zh, record_type_name_en
ORDER BY CASE record_type WHEN 'complaint' THEN 1 WHEN 'suggestion' THEN 2 WHEN 'opinion' THEN 3 ELSE 4 END
