-- Callback types (DOMAIN 3.1): routine, post-complaint, member sweep, themed, renewal reminder.
SELECT {{ surrogate_key(callback_type_code) }} AS callback_type_key, callback_type_code, callback_type_name_zh,
       callback_type_name_en
FROM VALUES
  ('routine', '例行回访', 'Routine'), ('post_complaint', '投诉回访', 'Post-complaint'),
  ('member', '会员回访', 'Member'), ('festival', '节日回访', 'Festival / anniversary'),
  ('promotion', '促销回访', 'Promotion'), ('renewal', '续卡提醒', 'Renewal reminder')
  AS t(callback_type_code, callback_type_name_zh, callback_type_name_en)
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown'
