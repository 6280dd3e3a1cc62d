-- Shrinkage (waste, expiry, breakage, loss) and stock-count variances per month, site and item, with cost.
CREATE VIEW v_stock_variance_and_waste AS
SELECT f.period, s.site_code, s.site_name, i.item_code, i.item_name, i.category,
       sum(f.waste_qty) AS waste_qty, sum(f.expired_qty) AS expired_qty,
       sum(f.breakage_qty) AS breakage_qty, sum(f.loss_qty) AS loss_qty,
       sum(f.cost_amount) FILTER (WHERE m.is_shrinkage) AS shrinkage_cost,
       sum(f.variance_qty) AS count_variance_qty,
       sum(f.variance_qty * f.unit_cost) AS count_variance_cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type m ON m.movement_type_key = f.movement_type_key
GROUP BY ALL;
