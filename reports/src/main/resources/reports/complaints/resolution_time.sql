-- Resolution-time distribution of the month's complaints (DOMAIN 10.3 1d): hours from receipt to resolution,
-- unresolved last.
WITH s AS (
    SELECT sum(resolved_within_4h) AS b1, sum(resolved_4h_to_24h) AS b2, sum(resolved_1d_to_3d) AS b3,
           sum(resolved_over_3d) AS b4, sum(unresolved) AS b5, sum(received) AS total
    FROM v_complaint_sla_monthly
    WHERE period = :period AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
)
SELECT x.bucket, x.n AS complaints, x.n / s.total::DOUBLE AS share,
       sum(x.n) OVER (ORDER BY x.ord ROWS UNBOUNDED PRECEDING) / s.total::DOUBLE AS cum_share
FROM s,
LATERAL (VALUES (1, 'res_4h', s.b1), (2, 'res_24h', s.b2), (3, 'res_3d', s.b3), (4, 'res_over_3d', s.b4),
                (5, 'res_open', s.b5)) x(ord, bucket, n)
WHERE s.total > 0
ORDER BY x.ord
