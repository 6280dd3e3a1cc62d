-- Rush orders (加急件) of the month and where they stand.
SELECT order_id,
       strftime(ordered_at, '%Y-%m-%d') AS ordered_on,
       site_name AS site_zh,
       site_name_en AS site_en,
       package,
       stage_name_zh AS stage_zh,
       stage_name_en AS stage_en,
       amount,
       outstanding
FROM v_rush_orders
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY ordered_at, order_id
