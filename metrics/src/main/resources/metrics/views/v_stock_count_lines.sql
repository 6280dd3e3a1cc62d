-- Stock-count lines (盘点) one by one, with the book quantity, what was counted, the variance and its cost.
CREATE VIEW v_stock_count_lines AS
SELECT f.period, f.movement_id, f.moved_at, s.site_code, s.site_name, s.site_name_en,
       f.location, loc.label_zh AS location_name_zh, loc.label_en AS location_name_en,
       i.item_code, i.item_name, i.item_name_en,
       f.book_qty, f.counted_qty, f.variance_qty, f.variance_qty * f.unit_cost AS variance_cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type m ON m.movement_type_key = f.movement_type_key
LEFT JOIN code_labels loc ON loc.source = 'inventory_movements' AND loc.field = 'location' AND loc.code = f.location
WHERE m.movement_type_code = 'count';
