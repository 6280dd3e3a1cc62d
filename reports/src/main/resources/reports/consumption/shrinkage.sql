-- Waste, expiry, breakage and loss by reason and item category.
SELECT mt.movement_type_name_zh AS reason_zh,
       mt.movement_type_name_en AS reason_en,
       i.category_name_zh AS category_zh,
       i.category_name_en AS category_en,
       SUM(f.quantity) AS qty,
       SUM(f.cost_amount) AS cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND mt.is_shrinkage
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY mt.movement_type_key, mt.movement_type_name_zh, mt.movement_type_name_en, i.category, i.category_name_zh, i.category_name_en
ORDER BY mt.movement_type_key, cost DESC
