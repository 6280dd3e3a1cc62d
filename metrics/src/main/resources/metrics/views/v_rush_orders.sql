-- Rush orders (加急件), one row each, with their stage and what is still owed.
CREATE VIEW v_rush_orders AS
SELECT f.period, f.order_id, f.ordered_at, s.site_code, s.site_name, s.site_name_en, f.package,
       o.stage, o.stage_name_zh, o.stage_name_en, f.amount, f.outstanding
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status o ON o.order_status_key = f.order_status_key
WHERE f.is_rush;
