-- Records by type (投诉 / 建议 / 意见): the totals above count all of them. dim_complaint_category has no
-- English record-type name, so English prints the code, capitalised.
SELECT cc.record_type_name_zh AS record_type_zh,
       upper(cc.record_type[1]) || replace(cc.record_type[2:], '_', ' ') AS record_type_en,
       SUM(f.complaint_count) AS received,
       SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid,
       SUM(CASE WHEN f.is_valid THEN 0 ELSE f.complaint_count END) AS invalid,
       SUM(f.complaint_count) / SUM(SUM(f.complaint_count)) OVER ()::DOUBLE AS share
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY cc.record_type, cc.record_type_name_zh
ORDER BY received DESC, cc.record_type
