-- Payment status and outstanding amounts of the month's studio orders.
SELECT payment_status_name_zh AS payment_status_zh,
       payment_status_name_en AS payment_status_en,
       sum(orders) AS orders,
       sum(amount) AS amount,
       sum(paid) AS paid,
       sum(outstanding) AS outstanding
FROM v_order_pipeline
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY payment_status, payment_status_name_zh, payment_status_name_en
ORDER BY outstanding DESC, payment_status
