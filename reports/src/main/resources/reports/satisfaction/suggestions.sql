-- Customers' suggestions, most frequent first.
SELECT f.suggestion,
       COUNT(*) AS mentions,
       strftime(MAX(f.callback_at), '%Y-%m-%d') AS last_on
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
WHERE f.period = :period
  AND NULLIF(TRIM(f.suggestion), '') IS NOT NULL
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY f.suggestion
ORDER BY mentions DESC, f.suggestion
LIMIT 15
