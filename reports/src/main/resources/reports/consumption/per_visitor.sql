-- Consumption per visit per site (v_consumption_per_visitor, DOMAIN 10.3 3b): drinks issued and the water bar's
-- issue cost against the site's visits of the month.
WITH c AS (
    SELECT site_code,
           sum(CASE WHEN category = 'drink' THEN issued_qty ELSE 0 END) AS drinks,
           sum(CASE WHEN location = 'water_bar' THEN issued_cost ELSE 0 END) AS water_bar_cost,
           any_value(visits) AS visits
    FROM v_consumption_per_visitor
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY site_code
)
SELECT t.site_name AS site_zh,
       t.site_name_en AS site_en,
       c.drinks,
       t.visits,
       c.drinks / nullif(t.visits, 0)::DOUBLE AS drinks_per_visitor,
       c.water_bar_cost,
       c.water_bar_cost / nullif(t.visits, 0)::DOUBLE AS cost_per_visitor
FROM c
JOIN v_traffic_monthly t ON t.period = :period AND t.site_code = c.site_code
ORDER BY t.site_code
