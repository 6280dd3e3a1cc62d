-- Type 1: each department as in its latest snapshot; facts role-play it (responsible, provider). Department names
-- repeat across business lines (工程部 in a property office and a sales centre): the business line is carried so
-- that reports keep them apart. English name falls back to the Chinese one.
WITH latest AS (
  SELECT *, row_number() OVER (PARTITION BY dept_code ORDER BY snapshot_period DESC) AS rn
  FROM {{ ref('stg_departments') }}
)
SELECT
  {{ surrogate_key(dept_code) }} AS dept_key,
  dept_code,
  dept_name,
  coalesce(dept_name_en, dept_name) AS dept_name_en,
  business_line,
  {{ code_label('departments.business_line', 'zh-CN', business_line) }} AS business_line_name_zh,
  {{ code_label('departments.business_line', 'en', business_line) }}    AS business_line_name_en,
  parent_code
FROM latest
WHERE rn = 1
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', NULL
