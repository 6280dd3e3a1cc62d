-- Received / valid / invalid / open / closed: this month, last month, same month last year.
WITH base AS (
    SELECT f.period, f.complaint_count AS n, f.is_valid, f.is_closed
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period IN (:period, :prev_period, :ly_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
), metrics(ord, metric) AS (
    VALUES (1, 'received'), (2, 'valid'), (3, 'invalid'), (4, 'open'), (5, 'closed')
), per_period AS (
    SELECT m.ord, m.metric,
           SUM(CASE WHEN b.period = :period THEN x.n ELSE 0 END) AS cur,
           SUM(CASE WHEN b.period = :prev_period THEN x.n ELSE 0 END) AS prev,
           SUM(CASE WHEN b.period = :ly_period THEN x.n ELSE 0 END) AS ly
    FROM metrics m
    LEFT JOIN base b ON true
    CROSS JOIN LATERAL (SELECT CASE m.metric
            WHEN 'received' THEN b.n
            WHEN 'valid' THEN CASE WHEN b.is_valid THEN b.n ELSE 0 END
            WHEN 'invalid' THEN CASE WHEN b.is_valid THEN 0 ELSE b.n END
            WHEN 'open' THEN CASE WHEN b.is_closed THEN 0 ELSE b.n END
            ELSE CASE WHEN b.is_closed THEN b.n ELSE 0 END END AS n) x
    GROUP BY m.ord, m.metric
)
SELECT metric,
       COALESCE(cur, 0) AS current,
       COALESCE(prev, 0) AS previous,
       COALESCE(cur, 0) - COALESCE(prev, 0) AS mom,
       (COALESCE(cur, 0) - prev) / NULLIF(prev, 0)::DOUBLE AS mom_pct,
       COALESCE(ly, 0) AS last_year,
       COALESCE(cur, 0) - COALESCE(ly, 0) AS yoy,
       (COALESCE(cur, 0) - ly) / NULLIF(ly, 0)::DOUBLE AS yoy_pct
FROM per_period
WHERE EXISTS (SELECT 1 FROM base WHERE period = :period) -- an empty month says so instead of a table of zeros
ORDER BY ord
