-- Stock movements per month, site, location, item category, movement type and occasion, labelled in both languages.
-- issue_cost is consumption (issues), shrinkage_cost waste / expiry / breakage / loss; for stock counts the
-- variance (counted - book) and its cost. Additive: sum over any of the columns. costed_movements counts the lines
-- with a unit cost: none in a month means its costs are not recorded (no items master), not zero.
CREATE VIEW v_inventory_monthly AS
SELECT f.period,
       s.site_code, s.site_name, s.site_name_en, s.business_line,
       f.location, loc.label_zh AS location_name_zh, loc.label_en AS location_name_en,
       i.category, i.category_name_zh, i.category_name_en, i.is_reusable,
       mt.movement_type_code, mt.movement_type_name_zh, mt.movement_type_name_en, mt.is_shrinkage,
       f.occasion, occ.label_zh AS occasion_name_zh, occ.label_en AS occasion_name_en,
       count(*)                                                                  AS movements,
       count(f.unit_cost)                                                        AS costed_movements,
       sum(f.quantity)                                                           AS quantity,
       sum(f.issue_qty)                                                          AS issue_qty,
       sum(CASE WHEN mt.movement_type_code = 'issue' THEN f.cost_amount ELSE 0 END) AS issue_cost,
       sum(CASE WHEN mt.movement_type_code = 'receipt' THEN f.cost_amount ELSE 0 END) AS receipt_cost,
       sum(CASE WHEN mt.is_shrinkage THEN f.cost_amount ELSE 0 END)              AS shrinkage_cost,
       sum(CASE WHEN mt.movement_type_code = 'count' THEN f.variance_qty ELSE 0 END) AS variance_qty,
       sum(CASE WHEN mt.movement_type_code = 'count' THEN f.variance_qty * f.unit_cost ELSE 0 END) AS variance_cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_item i ON i.item_key = f.item_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
LEFT JOIN code_labels loc ON loc.source = 'inventory_movements' AND loc.field = 'location' AND loc.code = f.location
LEFT JOIN code_labels occ ON occ.source = 'inventory_movements' AND occ.field = 'occasion' AND occ.code = f.occasion
GROUP BY ALL;
