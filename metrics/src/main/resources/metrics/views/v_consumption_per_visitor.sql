-- Consumption per visit (DOMAIN 10.3 3b) per month, site, location and item category: what was issued (movement type
-- issue only, never receipts, counts or waste) against the site's visits of the month. The water bar is apart from
-- the studio accessory rack, consumables apart from reusables (is_reusable). visits is the site's month total,
-- repeated on each of its rows: to combine rows, sum issued_cost and divide by the visits of each site once.
CREATE VIEW v_consumption_per_visitor AS
WITH issued AS (
    SELECT period, site_code, location, location_name_zh, location_name_en, category, category_name_zh,
           category_name_en, is_reusable, sum(movements) AS issue_lines, sum(issue_qty) AS issued_qty, sum(issue_cost) AS issued_cost
    FROM v_inventory_monthly
    WHERE movement_type_code = 'issue'
    GROUP BY ALL
)
SELECT i.period, t.site_code, t.site_name, t.site_name_en, t.business_line,
       i.location, i.location_name_zh, i.location_name_en,
       i.category, i.category_name_zh, i.category_name_en, i.is_reusable,
       i.issue_lines, i.issued_qty, i.issued_cost, t.visits,
       i.issued_qty / nullif(t.visits, 0)::DOUBLE  AS qty_per_visit,
       i.issued_cost / nullif(t.visits, 0)::DOUBLE AS cost_per_visit
FROM issued i
JOIN v_traffic_monthly t ON t.period = i.period AND t.site_code = i.site_code;
