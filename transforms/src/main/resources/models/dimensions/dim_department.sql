-- Type 1: each department as in its latest snapshot; facts role-play it (responsible, provider).
WITH latest AS (
  SELECT *, row_number() OVER (PARTITION BY dept_code ORDER BY snapshot_period DESC) AS rn
  FROM {{ ref('stg_departments') }}
)
SELECT
  {{ surrogate_key(dept_code) }} AS dept_key,
  dept_code,
  dept_name,
  business_line,
  parent_code
FROM latest
WHERE rn = 1
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'UNKNOWN', NULL
