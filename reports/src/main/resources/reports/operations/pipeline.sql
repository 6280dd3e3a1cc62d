-- Orders of the month by their current stage, in process order.
SELECT os.stage_name_zh AS stage_zh,
       os.stage_name_en AS stage_en,
       COUNT(*) AS orders,
       SUM(CASE WHEN f.is_rush THEN 1 ELSE 0 END) AS rush,
       SUM(f.amount) AS amount,
       SUM(f.outstanding) AS outstanding
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status os ON os.order_status_key = f.order_status_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY os.stage, os.stage_name_zh, os.stage_name_en
ORDER BY CASE os.stage WHEN 'ordered' THEN 1 WHEN 'gown_selected' THEN 2 WHEN 'shot' THEN 3
                       WHEN 'selected' THEN 4 WHEN 'picked_up' THEN 5 ELSE 9 END
