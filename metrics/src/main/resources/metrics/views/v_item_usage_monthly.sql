-- Use of each item per month, site and location (DOMAIN 10.3 3d, 3f; 茶水出单): service tickets (issue lines, one per
-- 出单), quantity issued, and what was thrown away. Quantities are per item, in the item's own unit, so they are
-- comparable within a row and never added across items. waste_rate = (waste + expired) / issued.
CREATE VIEW v_item_usage_monthly AS
SELECT f.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       f.location, loc.label_zh AS location_name_zh, loc.label_en AS location_name_en,
       i.item_code, i.item_name, i.item_name_en, i.unit,
       i.category, i.category_name_zh, i.category_name_en, i.is_reusable, i.is_perishable,
       count(*) FILTER (WHERE m.movement_type_code = 'issue')                          AS issue_lines,
       sum(f.issue_qty)                                                                  AS issued_qty,
       sum(f.receipt_qty)                                                                AS received_qty,
       sum(f.waste_qty) + sum(f.expired_qty)                                             AS wasted_qty,
       sum(f.breakage_qty) + sum(f.loss_qty)                                             AS broken_or_lost_qty,
       sum(CASE WHEN m.movement_type_code = 'issue' THEN f.cost_amount ELSE 0 END)     AS issue_cost,
       sum(CASE WHEN m.movement_type_code IN ('waste', 'expired') THEN f.cost_amount ELSE 0 END) AS wasted_cost,
       (sum(f.waste_qty) + sum(f.expired_qty)) / nullif(sum(f.issue_qty), 0)::DOUBLE    AS waste_rate
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type m ON m.movement_type_key = f.movement_type_key
LEFT JOIN code_labels loc ON loc.source = 'inventory_movements' AND loc.field = 'location' AND loc.code = f.location
GROUP BY ALL;
