-- Key figures of page 1 with the change against last month (NULL, printed —, when last month's export did not
-- arrive). Order tiles apply to studios only (kpi_definitions.business_lines); the renderer drops them elsewhere.
WITH loaded AS (
    SELECT source, period FROM v_source_periods
    WHERE source IN ('visitor_counts', 'orders') AND period IN (:period, :prev_period)
), t AS (
    SELECT period, sum(calls) AS calls, sum(visits) AS visits,
           sum(visits) / nullif(sum(days_reported), 0)::DOUBLE AS visits_per_day
    FROM v_traffic_monthly
    WHERE period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), o AS (
    SELECT period, sum(orders) AS orders, sum(amount) AS amount
    FROM v_order_pipeline
    WHERE period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), vals AS (
    -- calls the export never records stay NULL (printed —); a month without any count is 0
    SELECT l.period, 'calls' AS kpi, CASE WHEN t.period IS NULL THEN 0 ELSE t.calls END::DOUBLE AS value
    FROM loaded l LEFT JOIN t ON t.period = l.period WHERE l.source = 'visitor_counts'
    UNION ALL
    SELECT l.period, 'visits', coalesce(t.visits, 0)::DOUBLE FROM loaded l LEFT JOIN t ON t.period = l.period
    WHERE l.source = 'visitor_counts'
    UNION ALL
    SELECT l.period, 'visits_per_day', t.visits_per_day FROM loaded l LEFT JOIN t ON t.period = l.period
    WHERE l.source = 'visitor_counts'
    UNION ALL
    SELECT l.period, 'orders', coalesce(o.orders, 0)::DOUBLE FROM loaded l LEFT JOIN o ON o.period = l.period
    WHERE l.source = 'orders'
    UNION ALL
    SELECT l.period, 'order_amount', coalesce(o.amount, 0)::DOUBLE FROM loaded l LEFT JOIN o ON o.period = l.period
    WHERE l.source = 'orders'
)
SELECT o.kpi AS metric, k.name_zh AS label_zh, k.name_en AS label_en, k.format AS fmt,
       cur.value, cur.value - prev.value AS change
FROM (VALUES (1, 'calls'), (2, 'visits'), (3, 'visits_per_day'), (4, 'orders'), (5, 'order_amount')) o(ord, kpi)
JOIN kpi_definitions k ON k.kpi = o.kpi
LEFT JOIN vals cur ON cur.kpi = o.kpi AND cur.period = :period
LEFT JOIN vals prev ON prev.kpi = o.kpi AND prev.period = :prev_period
ORDER BY o.ord
