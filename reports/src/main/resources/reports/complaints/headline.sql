-- Key figures for page 1, with the change against last month.
WITH m AS (
    SELECT f.period,
           SUM(f.complaint_count) AS received,
           SUM(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END) AS valid,
           SUM(CASE WHEN f.is_closed THEN f.complaint_count ELSE 0 END) AS closed,
           AVG(CASE WHEN f.resolved_same_day THEN 1.0 ELSE 0.0 END) AS same_day_rate
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
    GROUP BY f.period
), cur AS (SELECT * FROM m WHERE period = :period), prev AS (SELECT * FROM m WHERE period = :prev_period)
SELECT k.metric, k.value, k.fmt, k.change
FROM (SELECT 1) one
LEFT JOIN cur ON true
LEFT JOIN prev ON true,
LATERAL (VALUES
    (1, 'received', COALESCE(cur.received, 0)::DOUBLE, 'int', (COALESCE(cur.received, 0) - COALESCE(prev.received, 0))::DOUBLE),
    (2, 'valid', COALESCE(cur.valid, 0)::DOUBLE, 'int', (COALESCE(cur.valid, 0) - COALESCE(prev.valid, 0))::DOUBLE),
    (3, 'closed', COALESCE(cur.closed, 0)::DOUBLE, 'int', (COALESCE(cur.closed, 0) - COALESCE(prev.closed, 0))::DOUBLE),
    (4, 'same_day_rate', cur.same_day_rate, 'pct', cur.same_day_rate - prev.same_day_rate)
) k(ord, metric, value, fmt, change)
ORDER BY k.ord
