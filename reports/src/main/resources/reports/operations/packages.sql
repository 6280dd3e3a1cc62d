-- Studio orders by package and shoot location.
SELECT f.package,
       f.shoot_location,
       COUNT(*) AS orders,
       SUM(f.amount) AS amount,
       SUM(f.addon_amount) AS addon_amount,
       AVG(f.amount) AS avg_amount
FROM fact_order f
JOIN dim_site s ON s.site_key = f.site_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY f.package, f.shoot_location
ORDER BY amount DESC, f.package, f.shoot_location
