-- Studio orders by package and shooting location (v_order_pipeline); packages and locations as the ERP names them.
SELECT package,
       shoot_location,
       sum(orders) AS orders,
       sum(amount) AS amount,
       sum(addon_amount) AS addon_amount,
       sum(amount) / nullif(sum(orders), 0)::DOUBLE AS avg_amount
FROM v_order_pipeline
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY package, shoot_location
ORDER BY amount DESC, package, shoot_location
