-- Contact channels of complaints and callbacks (the union of both contracts' codes).
SELECT {{ surrogate_key(channel_code) }} AS channel_key, channel_code, channel_name_zh, channel_name_en
FROM VALUES
  ('walk_in', '来访', 'Walk-in'), ('phone', '电话', 'Phone'), ('letter', '来函', 'Letter'), ('sms', '短信', 'SMS'),
  ('email', '邮件', 'E-mail'), ('parent_company', '上级公司', 'Parent company'), ('media', '媒体', 'Media'),
  ('callback', '回访', 'Callback')
  AS t(channel_code, channel_name_zh, channel_name_en)
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown'
