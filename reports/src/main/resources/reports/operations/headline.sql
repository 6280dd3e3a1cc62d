-- Key figures with the change against last month.
WITH t AS (
    SELECT f.period, SUM(f.calls) AS calls, SUM(f.visits) AS visits
    FROM fact_daily_traffic f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
), o AS (
    SELECT f.period, COUNT(*) AS orders, SUM(f.amount) AS amount
    FROM fact_order f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
)
SELECT k.metric, k.value, k.fmt, k.change
FROM (SELECT 1) one
LEFT JOIN t tc ON tc.period = :period
LEFT JOIN t tp ON tp.period = :prev_period
LEFT JOIN o oc ON oc.period = :period
LEFT JOIN o op ON op.period = :prev_period,
LATERAL (VALUES
    (1, 'calls', COALESCE(tc.calls, 0)::DOUBLE, 'int', (COALESCE(tc.calls, 0) - COALESCE(tp.calls, 0))::DOUBLE),
    (2, 'visits', COALESCE(tc.visits, 0)::DOUBLE, 'int', (COALESCE(tc.visits, 0) - COALESCE(tp.visits, 0))::DOUBLE),
    (3, 'orders', COALESCE(oc.orders, 0)::DOUBLE, 'int', (COALESCE(oc.orders, 0) - COALESCE(op.orders, 0))::DOUBLE),
    (4, 'order_amount', COALESCE(oc.amount, 0)::DOUBLE, 'money', (COALESCE(oc.amount, 0) - COALESCE(op.amount, 0))::DOUBLE)
) k(ord, metric, value, fmt, change)
ORDER BY k.ord
