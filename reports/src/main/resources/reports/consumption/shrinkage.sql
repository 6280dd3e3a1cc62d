-- Waste, expiry, breakage and loss by reason and item category, at cost (quantities of different items are in
-- different units: see v_stock_variance_and_waste per item).
SELECT movement_type_name_zh AS reason_zh,
       movement_type_name_en AS reason_en,
       category_name_zh AS category_zh,
       category_name_en AS category_en,
       sum(movements) AS lines,
       sum(shrinkage_cost) AS cost
FROM v_inventory_monthly
WHERE period = :period AND is_shrinkage
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY movement_type_code, movement_type_name_zh, movement_type_name_en, category, category_name_zh, category_name_en
ORDER BY movement_type_code, cost DESC
