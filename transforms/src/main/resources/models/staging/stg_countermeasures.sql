-- Improvement countermeasures of the run's period: trimmed ids, upper-case entity codes, lower-case cause codes.
SELECT
  trim(countermeasure_id)                          AS countermeasure_id,
  period,
  upper(trim(site_code))                           AS site_code,
  recorded_on,
  upper(nullif(trim(responsible_dept_code), ''))   AS responsible_dept_code,
  lower(nullif(trim(cause_type), ''))              AS cause_type,
  trim(countermeasure)                             AS countermeasure,
  upper(nullif(trim(owner_employee_id), ''))       AS owner_employee_id,
  due_date
FROM {{ source('countermeasures') }}
