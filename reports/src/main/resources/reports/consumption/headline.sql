-- Key figures with the change against last month.
WITH m AS (
    SELECT f.period,
           SUM(f.issue_qty) AS issued,
           SUM(CASE WHEN mt.movement_type_code = 'issue' THEN f.cost_amount ELSE 0 END) AS consumption_cost,
           SUM(CASE WHEN mt.is_shrinkage THEN f.cost_amount ELSE 0 END) AS shrinkage_cost,
           SUM(CASE WHEN mt.movement_type_code = 'count' THEN ABS(f.variance_qty) ELSE 0 END) AS variance_abs
    FROM fact_inventory_movement f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_movement_type mt ON mt.movement_type_key = f.movement_type_key
    WHERE f.period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
)
SELECT k.metric, k.value, k.fmt, k.change
FROM (SELECT 1) one
LEFT JOIN m cur ON cur.period = :period
LEFT JOIN m prev ON prev.period = :prev_period,
LATERAL (VALUES
    (1, 'issued_qty', COALESCE(cur.issued, 0)::DOUBLE, 'int', (COALESCE(cur.issued, 0) - COALESCE(prev.issued, 0))::DOUBLE),
    (2, 'consumption_cost', COALESCE(cur.consumption_cost, 0)::DOUBLE, 'money',
        (COALESCE(cur.consumption_cost, 0) - COALESCE(prev.consumption_cost, 0))::DOUBLE),
    (3, 'shrinkage_cost', COALESCE(cur.shrinkage_cost, 0)::DOUBLE, 'money',
        (COALESCE(cur.shrinkage_cost, 0) - COALESCE(prev.shrinkage_cost, 0))::DOUBLE),
    (4, 'variance_abs', COALESCE(cur.variance_abs, 0)::DOUBLE, 'int',
        (COALESCE(cur.variance_abs, 0) - COALESCE(prev.variance_abs, 0))::DOUBLE)
) k(ord, metric, value, fmt, change)
ORDER BY k.ord
