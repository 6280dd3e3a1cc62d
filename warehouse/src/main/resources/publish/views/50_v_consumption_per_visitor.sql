-- Consumption per visitor: quantity and cost issued per month and site divided by the visits counted.
CREATE VIEW v_consumption_per_visitor AS
WITH issued AS (
    SELECT f.period, f.site_key, sum(f.issue_qty) AS issued_qty, sum(f.cost_amount) FILTER (WHERE f.issue_qty > 0) AS issued_cost
    FROM fact_inventory_movement f
    GROUP BY ALL
),
traffic AS (
    SELECT period, site_key, sum(visits) AS visits, sum(calls) AS calls
    FROM fact_daily_traffic
    GROUP BY ALL
)
SELECT coalesce(i.period, t.period) AS period, s.site_code, s.site_name,
       coalesce(i.issued_qty, 0) AS issued_qty, coalesce(i.issued_cost, 0) AS issued_cost,
       coalesce(t.visits, 0) AS visits,
       i.issued_qty / nullif(t.visits, 0)  AS qty_per_visit,
       i.issued_cost / nullif(t.visits, 0) AS cost_per_visit
FROM issued i
FULL JOIN traffic t ON t.period = i.period AND t.site_key = i.site_key
JOIN dim_site s ON s.site_key = coalesce(i.site_key, t.site_key);
