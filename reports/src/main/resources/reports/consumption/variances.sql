-- Stock-count lines whose counted quantity differs from the book quantity.
SELECT strftime(f.moved_at, '%Y-%m-%d') AS counted_on,
       s.site_name AS site,
       f.location,
       i.item_name AS item,
       f.book_qty,
       f.counted_qty,
       f.variance_qty,
       f.variance_qty * f.unit_cost AS variance_cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND mt.movement_type_code = 'count'
  AND f.variance_qty <> 0
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
ORDER BY f.moved_at, s.site_code, i.item_code
LIMIT 40
