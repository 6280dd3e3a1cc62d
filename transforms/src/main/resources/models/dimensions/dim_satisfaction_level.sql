-- The 3-level callback scale (满意 / 一般 / 不满意) plus unreachable; 一般 is followed up like 不满意. Labels from the
-- callbacks contract; scores and flags are this model's rules.
WITH rules AS (
  SELECT * FROM VALUES
    ('satisfied',    3,                 true,  true,  false),
    ('neutral',      2,                 true,  false, true),
    ('dissatisfied', 1,                 true,  false, true),
    ('unreachable',  CAST(NULL AS INT), false, false, false)
    AS t(code, score, is_reached, is_satisfied, needs_followup)
)
SELECT {{ surrogate_key(l.code) }} AS satisfaction_key, l.code AS result_code, l.label_zh AS result_name_zh,
       l.label_en AS result_name_en, r.score, r.is_reached, r.is_satisfied, r.needs_followup
FROM {{ code_labels('callbacks.result') }} l
JOIN rules r ON r.code = l.code
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', CAST(NULL AS INT), false, false, false
