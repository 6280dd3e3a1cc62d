-- Every combination of record type x validity x cause type x severity (a junk dimension, generated so a key
-- exists before the combination is first used), labelled by the complaints contract. A missing cause type is
-- 'unspecified', this model's own member.
WITH record_types AS (
  SELECT code AS record_type, label_zh AS record_type_name_zh, label_en AS record_type_name_en
  FROM {{ code_labels('complaints.record_type') }}
),
validities AS (
  SELECT code AS validity, label_zh AS validity_name_zh, label_en AS validity_name_en
  FROM {{ code_labels('complaints.validity') }}
),
causes AS (
  SELECT code AS cause_type, label_zh AS cause_type_name_zh, label_en AS cause_type_name_en
  FROM {{ code_labels('complaints.cause_type') }}
  UNION ALL
  SELECT 'unspecified', '未注明', 'Unspecified'
),
severities AS (
  SELECT code AS severity, label_zh AS severity_name_zh, label_en AS severity_name_en
  FROM {{ code_labels('complaints.severity') }}
)
SELECT
  {{ surrogate_key(r.record_type, v.validity, c.cause_type, s.severity) }} AS complaint_category_key,
  r.record_type, r.record_type_name_zh, r.record_type_name_en,
  v.validity, v.validity_name_zh, v.validity_name_en,
  c.cause_type, c.cause_type_name_zh, c.cause_type_name_en,
  s.severity, s.severity_name_zh, s.severity_name_en,
  v.validity = 'valid' AS is_valid,
  s.severity = 'major' AS is_major
FROM record_types r CROSS JOIN validities v CROSS JOIN causes c CROSS JOIN severities s
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown',
       'UNKNOWN', '未知', 'Unknown', false, false
