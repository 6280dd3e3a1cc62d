-- Payment status and outstanding amounts. dim_order_status has no English status name: English prints the code, capitalised.
SELECT os.payment_status_name_zh AS payment_status_zh,
       upper(os.payment_status[1]) || replace(os.payment_status[2:], '_', ' ') AS payment_status_en,
       COUNT(*) AS orders,
       SUM(f.amount) AS amount,
       SUM(f.paid) AS paid,
       SUM(f.outstanding) AS outstanding
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_order_status os ON os.order_status_key = f.order_status_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY os.payment_status, os.payment_status_name_zh
ORDER BY outstanding DESC, os.payment_status
