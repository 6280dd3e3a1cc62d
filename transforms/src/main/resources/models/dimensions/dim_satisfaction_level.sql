-- The 3-level callback scale (满意 / 一般 / 不满意) plus unreachable; 一般 is followed up like 不满意.
SELECT {{ surrogate_key(result_code) }} AS satisfaction_key, result_code, result_name_zh, result_name_en, score,
       is_reached, is_satisfied, needs_followup
FROM VALUES
  ('satisfied',    '满意',   'Satisfied',    3,                   true,  true,  false),
  ('neutral',      '一般',   'Neutral',      2,                   true,  false, true),
  ('dissatisfied', '不满意', 'Dissatisfied', 1,                   true,  false, true),
  ('unreachable',  '未接通', 'Unreachable',  CAST(NULL AS INT),   false, false, false)
  AS t(result_code, result_name_zh, result_name_en, score, is_reached, is_satisfied, needs_followup)
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', CAST(NULL AS INT), false, false, false
