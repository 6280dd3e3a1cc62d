-- Consumption (issues) by item category and site, with the share of the month's consumption cost.
SELECT i.category_name_zh AS category_zh,
       i.category_name_en AS category_en,
       s.site_name AS site,
       SUM(f.issue_qty) AS issued_qty,
       SUM(f.cost_amount) AS cost,
       SUM(f.cost_amount) / NULLIF(SUM(SUM(f.cost_amount)) OVER (), 0)::DOUBLE AS share
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND mt.movement_type_code = 'issue'
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY i.category, i.category_name_zh, i.category_name_en, s.site_code, s.site_name
ORDER BY i.category, s.site_code
