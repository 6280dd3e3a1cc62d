-- Consumption per visitor: drinks issued (item category 'drink') divided by visits, per site (F8/F10 with F7).
WITH usage AS (
    SELECT f.site_key,
           SUM(CASE WHEN i.category = 'drink' THEN f.issue_qty ELSE 0 END) AS drinks,
           SUM(f.cost_amount) AS cost
    FROM fact_inventory_movement f
    JOIN dim_item i ON i.item_key = f.item_key
    JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
    WHERE f.period = :period AND mt.movement_type_code = 'issue'
    GROUP BY f.site_key
), traffic AS (
    SELECT f.site_key, SUM(f.visits) AS visits
    FROM fact_daily_traffic f
    WHERE f.period = :period
    GROUP BY f.site_key
)
SELECT s.site_name AS site,
       COALESCE(u.drinks, 0) AS drinks,
       COALESCE(t.visits, 0) AS visits,
       u.drinks / NULLIF(t.visits, 0)::DOUBLE AS drinks_per_visitor,
       u.cost / NULLIF(t.visits, 0)::DOUBLE AS cost_per_visitor
FROM dim_site s
LEFT JOIN usage u ON u.site_key = s.site_key
LEFT JOIN traffic t ON t.site_key = s.site_key
WHERE s.site_key <> 0
  AND (u.site_key IS NOT NULL OR t.site_key IS NOT NULL)
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
ORDER BY s.site_code
