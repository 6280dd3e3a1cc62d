-- The summary has no key-figure tiles: its first table (the targets) is the headline.
SELECT CAST(NULL AS VARCHAR) AS metric, CAST(NULL AS VARCHAR) AS label_zh, CAST(NULL AS VARCHAR) AS label_en,
       CAST(NULL AS VARCHAR) AS fmt, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS change
WHERE false
