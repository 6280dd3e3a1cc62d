-- Customers' suggestions (v_callback_feedback), most frequent first.
SELECT text AS suggestion,
       sum(mentions) AS mentions,
       strftime(max(last_on), '%Y-%m-%d') AS last_on
FROM v_callback_feedback
WHERE period = :period AND kind = 'suggestion'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY text
ORDER BY mentions DESC, suggestion
LIMIT 15
