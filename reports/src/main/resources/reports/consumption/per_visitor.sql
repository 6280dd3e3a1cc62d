-- Consumption per visit per site (v_consumption_per_visitor, DOMAIN 10.3 3b): drinks as service tickets (出单: issue
-- lines, whatever quantity each carries) and as quantity issued; the cost of what is used up (consumables) apart from
-- the reusable studio accessories lent out (wigs, veils), per visit. The water bar's cost per visit is a headline
-- figure and in the table by location.
WITH c AS (
    SELECT site_code,
           sum(CASE WHEN category = 'drink' THEN issue_lines ELSE 0 END) AS drink_tickets,
           sum(CASE WHEN category = 'drink' THEN issued_qty ELSE 0 END) AS drinks,
           sum(CASE WHEN is_reusable IS NOT TRUE THEN issued_cost ELSE 0 END) AS consumable_cost,
           sum(CASE WHEN is_reusable THEN issued_cost ELSE 0 END) AS reusable_cost
    FROM v_consumption_per_visitor
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY site_code
)
SELECT t.site_name AS site_zh,
       t.site_name_en AS site_en,
       c.drinks,
       c.drink_tickets,
       t.visits,
       c.drink_tickets / nullif(t.visits, 0)::DOUBLE AS tickets_per_visit,
       c.consumable_cost,
       c.consumable_cost / nullif(t.visits, 0)::DOUBLE AS consumable_per_visit,
       c.reusable_cost / nullif(t.visits, 0)::DOUBLE AS reusable_per_visit
FROM c
JOIN v_traffic_monthly t ON t.period = :period AND t.site_code = c.site_code
ORDER BY t.site_code
