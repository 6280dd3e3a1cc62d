-- Cost of the month by movement type: receipts, consumption and shrinkage at their cost; for stock counts the
-- variance (counted - book) and its cost, not the value of the stock counted (that is not a cost of the month).
SELECT CASE WHEN mt.movement_type_code = 'count' THEN '盘点差异' ELSE mt.movement_type_name_zh END AS movement_type_zh,
       CASE WHEN mt.movement_type_code = 'count' THEN 'Count variance' ELSE mt.movement_type_name_en END AS movement_type_en,
       COUNT(*) AS movements,
       SUM(CASE WHEN mt.movement_type_code = 'count' THEN f.variance_qty ELSE f.quantity END) AS qty,
       SUM(CASE WHEN mt.movement_type_code = 'count' THEN f.variance_qty * f.unit_cost ELSE f.cost_amount END) AS cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY mt.movement_type_key, mt.movement_type_code, mt.movement_type_name_zh, mt.movement_type_name_en
ORDER BY mt.movement_type_key
