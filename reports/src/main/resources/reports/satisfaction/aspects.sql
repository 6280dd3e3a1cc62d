-- What dissatisfied customers named, most frequent first.
SELECT f.dissatisfied_aspect AS aspect,
       COUNT(*) AS mentions,
       COUNT(*) / SUM(COUNT(*)) OVER ()::DOUBLE AS share
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
WHERE f.period = :period
  AND NULLIF(TRIM(f.dissatisfied_aspect), '') IS NOT NULL
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY f.dissatisfied_aspect
ORDER BY mentions DESC, aspect
LIMIT 10
