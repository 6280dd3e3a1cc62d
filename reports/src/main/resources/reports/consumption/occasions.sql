-- Issues by occasion, which shows meeting / VIP hospitality (茶水出单) next to daily use.
SELECT COALESCE(NULLIF(TRIM(f.occasion), ''), '-') AS occasion,
       COUNT(*) AS movements,
       SUM(f.issue_qty) AS issued_qty,
       SUM(f.cost_amount) AS cost
FROM fact_inventory_movement f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
WHERE f.period = :period
  AND mt.movement_type_code = 'issue'
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY 1
ORDER BY cost DESC, occasion
