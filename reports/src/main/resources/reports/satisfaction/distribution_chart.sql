-- The same distribution for the pie chart, each slice labelled with its count.
SELECT l.result_name_zh || ' ' || x.n AS category_zh, l.result_name_en || ' ' || x.n AS category_en, x.n AS value
FROM (
    SELECT sum(satisfied) AS s, sum(neutral) AS n, sum(dissatisfied) AS d
    FROM v_callback_monthly
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
) t,
LATERAL (VALUES (1, 'satisfied', t.s), (2, 'neutral', t.n), (3, 'dissatisfied', t.d)) x(ord, code, n)
JOIN dim_satisfaction_level l ON l.result_code = x.code
WHERE t.s + t.n + t.d > 0
ORDER BY x.ord
