-- SLA compliance (DOMAIN.md 2.6). Base = complaints received in the month, except "notified the same day",
-- which only applies to complaints not resolved on the day of receipt (notified_same_day IS NOT NULL).
WITH b AS (
    SELECT f.*
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
)
SELECT metric, met, base, met / NULLIF(base, 0)::DOUBLE AS rate, 1.0 AS target
FROM (
    SELECT 1 AS ord, 'resolved_same_day' AS metric,
           SUM(CASE WHEN resolved_same_day THEN complaint_count ELSE 0 END) AS met, SUM(complaint_count) AS base FROM b
    UNION ALL
    SELECT 2, 'notified_same_day',
           SUM(CASE WHEN notified_same_day THEN complaint_count ELSE 0 END),
           SUM(CASE WHEN notified_same_day IS NOT NULL THEN complaint_count ELSE 0 END) FROM b
    UNION ALL
    SELECT 3, 'callback_done', SUM(CASE WHEN callback_done THEN complaint_count ELSE 0 END), SUM(complaint_count) FROM b
    UNION ALL
    SELECT 4, 'callback_within_3d', SUM(CASE WHEN callback_within_3d THEN complaint_count ELSE 0 END), SUM(complaint_count) FROM b
    UNION ALL
    SELECT 5, 'customer_signed', SUM(CASE WHEN customer_signed THEN complaint_count ELSE 0 END), SUM(complaint_count) FROM b
) x
WHERE base IS NOT NULL AND (SELECT COUNT(*) FROM b) > 0
ORDER BY ord
