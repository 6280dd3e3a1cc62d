-- Studio orders per month, site, package, shooting location, current stage, payment status and rush flag: orders,
-- amounts paid and outstanding, add-ons. Additive: sum over any of the columns.
CREATE VIEW v_order_pipeline AS
SELECT f.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       f.package, f.shoot_location,
       o.stage, o.stage_name_zh, o.stage_name_en,
       o.payment_status, o.payment_status_name_zh, o.payment_status_name_en, f.is_rush,
       count(*)                                       AS orders,
       count(*) FILTER (WHERE f.is_rush)              AS rush_orders,
       sum(f.amount)                                  AS amount,
       sum(f.paid)                                    AS paid,
       sum(f.outstanding)                             AS outstanding,
       sum(f.addon_amount)                            AS addon_amount,
       avg(f.days_order_to_shoot)                     AS avg_days_order_to_shoot
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status o ON o.order_status_key = f.order_status_key
GROUP BY ALL;
