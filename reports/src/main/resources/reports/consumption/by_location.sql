-- Issue cost per location and item category (the water bar apart from the accessory rack, consumables apart from
-- reusables), with cost per visit over the scope's visits.
WITH c AS (
    SELECT location, any_value(location_name_zh) AS location_zh, any_value(location_name_en) AS location_en,
           category, any_value(category_name_zh) AS category_zh, any_value(category_name_en) AS category_en,
           sum(issued_cost) AS cost
    FROM v_consumption_per_visitor
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY location, category
), v AS (
    SELECT sum(visits) AS visits FROM v_traffic_monthly
    WHERE period = :period AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
)
SELECT c.location_zh, c.location_en, c.category_zh, c.category_en, c.cost,
       c.cost / nullif(v.visits, 0)::DOUBLE AS cost_per_visit
FROM c, v
ORDER BY c.location, c.cost DESC
