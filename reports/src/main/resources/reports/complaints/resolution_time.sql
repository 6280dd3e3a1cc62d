-- Resolution-time distribution (DOMAIN.md 10.3 1d): hours from receipt to resolution, unresolved last.
WITH b AS (
    SELECT f.complaint_count AS n,
           CASE WHEN f.resolved_at IS NULL THEN 5
                WHEN f.hours_to_resolve <= 4 THEN 1
                WHEN f.hours_to_resolve <= 24 THEN 2
                WHEN f.hours_to_resolve <= 72 THEN 3
                ELSE 4 END AS bucket_no
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
)
SELECT ['res_4h', 'res_24h', 'res_3d', 'res_over_3d', 'res_open'][bucket_no] AS bucket,
       SUM(n) AS complaints,
       SUM(n) / SUM(SUM(n)) OVER ()::DOUBLE AS share,
       SUM(SUM(n)) OVER (ORDER BY bucket_no ROWS UNBOUNDED PRECEDING) / SUM(SUM(n)) OVER ()::DOUBLE AS cum_share
FROM b
GROUP BY bucket_no
ORDER BY bucket_no
