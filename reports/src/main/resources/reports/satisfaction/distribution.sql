-- 满意 / 一般 / 不满意 of the callbacks that reached the customer (labels from dim_satisfaction_level).
SELECT l.result_name_zh AS result_zh, l.result_name_en AS result_en, x.n AS callbacks,
       x.n / nullif(sum(x.n) OVER (), 0)::DOUBLE AS share
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
