-- Key figures of page 1 with the change against last month (NULL, printed —, when last month's inventory export
-- did not arrive): consumption cost (used-up items), shrinkage, stock-count variance, water-bar cost per visit. A month
-- whose movements carry no unit cost (no items master) prints the costs as — (not recorded), never 0.
WITH loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'inventory_movements' AND period IN (:period, :prev_period)
), inv AS (
    SELECT period,
           sum(CASE WHEN is_reusable IS NOT TRUE THEN issue_cost ELSE 0 END) AS consumption_cost,
           sum(shrinkage_cost) AS shrinkage_cost,
           sum(variance_cost) AS variance_cost,
           sum(costed_movements) > 0 AS costed
    FROM v_inventory_monthly
    WHERE period IN (SELECT period FROM loaded)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), bar AS (
    SELECT period, sum(issued_cost) AS cost
    FROM v_consumption_per_visitor
    WHERE period IN (SELECT period FROM loaded) AND location = 'water_bar'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), traffic AS (
    SELECT period, sum(visits) AS visits
    FROM v_traffic_monthly
    WHERE period IN (SELECT period FROM loaded)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), vals AS (
    SELECT l.period, v.kpi, v.value
    FROM loaded l
    LEFT JOIN inv ON inv.period = l.period
    LEFT JOIN bar ON bar.period = l.period
    LEFT JOIN traffic t ON t.period = l.period,
    LATERAL (VALUES ('consumption_cost', CASE WHEN inv.costed IS NOT FALSE THEN coalesce(inv.consumption_cost, 0)::DOUBLE END),
                    ('shrinkage_cost', CASE WHEN inv.costed IS NOT FALSE THEN coalesce(inv.shrinkage_cost, 0)::DOUBLE END),
                    ('count_variance_cost', CASE WHEN inv.costed IS NOT FALSE THEN coalesce(inv.variance_cost, 0)::DOUBLE END),
                    ('water_bar_cost_per_visit', CASE WHEN inv.costed IS NOT FALSE
                                                      THEN coalesce(bar.cost, 0) / nullif(t.visits, 0)::DOUBLE END)) v(kpi, value)
)
SELECT o.kpi AS metric, k.name_zh AS label_zh, k.name_en AS label_en, k.format AS fmt,
       cur.value, cur.value - prev.value AS change
FROM (VALUES (1, 'consumption_cost'), (2, 'shrinkage_cost'), (3, 'count_variance_cost'),
             (4, 'water_bar_cost_per_visit')) o(ord, kpi)
JOIN kpi_definitions k ON k.kpi = o.kpi
LEFT JOIN vals cur ON cur.kpi = o.kpi AND cur.period = :period
LEFT JOIN vals prev ON prev.kpi = o.kpi AND prev.period = :prev_period
ORDER BY o.ord
