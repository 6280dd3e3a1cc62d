-- Every combination of record type x validity x cause type x severity (a junk dimension, generated so a key
-- exists before the combination is first used). A missing cause type is 'unspecified'.
WITH record_types AS (
  SELECT * FROM VALUES ('complaint', '投诉'), ('suggestion', '建议'), ('opinion', '意见') AS t(record_type, record_type_name_zh)
),
validities AS (
  SELECT * FROM VALUES ('valid', '投诉成立'), ('invalid', '投诉不能成立'), ('pending', '待定') AS t(validity, validity_name_zh)
),
causes AS (
  SELECT * FROM VALUES ('quality', '产品质量问题', 'Product quality'), ('service', '服务问题', 'Service'),
                       ('other', '其他', 'Other'), ('unspecified', '未注明', 'Unspecified')
         AS t(cause_type, cause_type_name_zh, cause_type_name_en)
),
severities AS (
  SELECT * FROM VALUES ('major', '重大投诉'), ('normal', '一般') AS t(severity, severity_name_zh)
)
SELECT
  {{ surrogate_key(r.record_type, v.validity, c.cause_type, s.severity) }} AS complaint_category_key,
  r.record_type, r.record_type_name_zh,
  v.validity, v.validity_name_zh,
  c.cause_type, c.cause_type_name_zh, c.cause_type_name_en,
  s.severity, s.severity_name_zh,
  v.validity = 'valid' AS is_valid,
  s.severity = 'major' AS is_major
FROM record_types r CROSS JOIN validities v CROSS JOIN causes c CROSS JOIN severities s
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'UNKNOWN', '未知', 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知',
       false, false
