-- Rush orders (加急) of the month and where they stand.
SELECT f.order_id,
       strftime(f.ordered_at, '%Y-%m-%d') AS ordered_on,
       s.site_name AS site,
       f.package,
       os.stage_name_zh AS stage_zh,
       os.stage_name_en AS stage_en,
       f.amount,
       f.outstanding
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status os ON os.order_status_key = f.order_status_key
WHERE f.period = :period
  AND f.is_rush
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
ORDER BY f.ordered_at, f.order_id
