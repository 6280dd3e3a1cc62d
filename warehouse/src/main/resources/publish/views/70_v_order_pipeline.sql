-- Studio order pipeline per month and site: orders by current stage and payment status, amounts outstanding.
CREATE VIEW v_order_pipeline AS
SELECT f.period, s.site_code, s.site_name, o.stage, o.stage_name_zh, o.payment_status, o.payment_status_name_zh,
       count(*) AS orders, count(*) FILTER (WHERE f.is_rush) AS rush_orders,
       sum(f.amount) AS amount, sum(f.paid) AS paid, sum(f.outstanding) AS outstanding,
       avg(f.days_order_to_shoot) AS avg_days_order_to_shoot
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status o ON o.order_status_key = f.order_status_key
GROUP BY ALL;
