-- What dissatisfied customers named (v_callback_feedback), most frequent first.
SELECT text AS aspect,
       sum(mentions) AS mentions,
       sum(mentions) / sum(sum(mentions)) OVER ()::DOUBLE AS share
FROM v_callback_feedback
WHERE period = :period AND kind = 'dissatisfied_aspect'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY text
ORDER BY mentions DESC, aspect
LIMIT 10
