-- Employee snapshots of every period.
SELECT
  upper(trim(employee_id))   AS employee_id,
  trim(employee_name)        AS employee_name,
  upper(trim(dept_code))     AS dept_code,
  upper(trim(site_code))     AS site_code,
  nullif(trim(role), '')     AS role,
  hired_on,
  period                     AS snapshot_period
FROM {{ source_all('employees') }}
