-- Key figures with the change against last month.
WITH m AS (
    SELECT f.period,
           SUM(f.callback_count) AS callbacks,
           SUM(CASE WHEN f.is_satisfied THEN f.callback_count ELSE 0 END)
               / NULLIF(SUM(CASE WHEN f.is_reached THEN f.callback_count ELSE 0 END), 0)::DOUBLE AS satisfied_rate,
           AVG(CASE WHEN f.within_3_days THEN 1.0 ELSE 0.0 END) AS within_3d_rate
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
), members AS (
    SELECT COUNT(DISTINCT c.customer_id) AS n
    FROM dim_customer c
    WHERE c.is_current AND c.is_member AND c.customer_key <> 0
      AND (CAST(:site AS VARCHAR) IS NULL OR c.site_code = CAST(:site AS VARCHAR))
), called AS (
    SELECT COUNT(DISTINCT c.customer_id) AS n
    FROM fact_callback f
    JOIN dim_customer fc ON fc.customer_key = f.customer_key
    JOIN dim_customer c ON c.customer_id = fc.customer_id AND c.is_current AND c.is_member
    WHERE f.period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR c.site_code = CAST(:site AS VARCHAR))
), cur AS (SELECT * FROM m WHERE period = :period), prev AS (SELECT * FROM m WHERE period = :prev_period)
SELECT k.metric, k.value, k.fmt, k.change
FROM (SELECT 1) one
LEFT JOIN cur ON true
LEFT JOIN prev ON true
CROSS JOIN members
CROSS JOIN called,
LATERAL (VALUES
    (1, 'callbacks', COALESCE(cur.callbacks, 0)::DOUBLE, 'int', (COALESCE(cur.callbacks, 0) - COALESCE(prev.callbacks, 0))::DOUBLE),
    (2, 'satisfied_rate', cur.satisfied_rate, 'pct', cur.satisfied_rate - prev.satisfied_rate),
    (3, 'member_coverage', called.n / NULLIF(members.n, 0)::DOUBLE, 'pct', NULL::DOUBLE),
    (4, 'within_3d_rate', cur.within_3d_rate, 'pct', cur.within_3d_rate - prev.within_3d_rate)
) k(ord, metric, value, fmt, change)
ORDER BY k.ord
