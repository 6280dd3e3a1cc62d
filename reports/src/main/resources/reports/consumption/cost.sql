-- Cost of the month by movement type (receipts, consumption, shrinkage, count variances).
SELECT mt.movement_type_name_zh AS movement_type_zh,
       mt.movement_type_name_en AS movement_type_en,
       COUNT(*) AS movements,
       SUM(f.quantity) AS qty,
       SUM(f.cost_amount) AS cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY mt.movement_type_key, mt.movement_type_name_zh, mt.movement_type_name_en
ORDER BY mt.movement_type_key
