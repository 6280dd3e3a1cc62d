-- Shrinkage (waste, expiry, breakage, loss) and stock-count variances per month, site, location and item, with cost.
CREATE VIEW v_stock_variance_and_waste AS
SELECT f.period, s.site_code, s.site_name, s.site_name_en, f.location, i.item_code, i.item_name, i.item_name_en,
       i.category, i.category_name_zh, i.category_name_en,
       sum(f.waste_qty) AS waste_qty, sum(f.expired_qty) AS expired_qty,
       sum(f.breakage_qty) AS breakage_qty, sum(f.loss_qty) AS loss_qty,
       sum(CASE WHEN m.is_shrinkage THEN f.cost_amount ELSE 0 END) AS shrinkage_cost,
       sum(CASE WHEN m.movement_type_code = 'count' THEN f.variance_qty ELSE 0 END) AS count_variance_qty,
       sum(CASE WHEN m.movement_type_code = 'count' THEN f.variance_qty * f.unit_cost ELSE 0 END) AS count_variance_cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type m ON m.movement_type_key = f.movement_type_key
GROUP BY ALL;
