-- Department snapshots of every period.
SELECT
  upper(trim(dept_code))                AS dept_code,
  trim(dept_name)                       AS dept_name,
  nullif(trim(dept_name_en), '')        AS dept_name_en,
  lower(trim(business_line))            AS business_line,
  upper(nullif(trim(parent_code), ''))  AS parent_code,
  period                                AS snapshot_period
FROM {{ source_all('departments') }}
