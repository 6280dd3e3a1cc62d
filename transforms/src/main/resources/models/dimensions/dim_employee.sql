-- Type 1: each employee as in the latest snapshot.
WITH latest AS (
  SELECT *, row_number() OVER (PARTITION BY employee_id ORDER BY snapshot_period DESC) AS rn
  FROM {{ ref('stg_employees') }}
)
SELECT
  {{ surrogate_key(employee_id) }} AS employee_key,
  employee_id,
  employee_name,
  role,
  dept_code,
  site_code
FROM latest
WHERE rn = 1
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', NULL, NULL, NULL
