-- Studio orders of the month already picked up (stage picked_up) that still owe money [000:95], [000:506]: per site
-- and payment status (partly paid / unpaid), the orders, their amount and what is still to collect.
SELECT site_name AS site_zh,
       site_name_en AS site_en,
       payment_status_name_zh AS payment_status_zh,
       payment_status_name_en AS payment_status_en,
       sum(orders) AS orders,
       sum(amount) AS amount,
       sum(outstanding) AS outstanding
FROM v_order_pipeline
WHERE period = :period AND stage = 'picked_up'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY site_code, site_name, site_name_en, payment_status, payment_status_name_zh, payment_status_name_en
HAVING sum(outstanding) > 0
ORDER BY outstanding DESC, site_code, payment_status
