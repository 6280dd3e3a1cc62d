-- One row per improvement countermeasure (整改措施) written in the period, with its site, department, owner and due
-- date as keys; the text stays on the row (the form's free-text box). Unknown codes map to the unknown member 0.
SELECT
  c.countermeasure_id,
  c.period,
  {{ date_key(c.recorded_on) }}         AS recorded_date_key,
  coalesce(s.site_key, 0)               AS site_key,
  coalesce(d.dept_key, 0)               AS responsible_dept_key,
  c.cause_type,
  c.countermeasure,
  coalesce(e.employee_key, 0)           AS owner_employee_key,
  c.due_date
FROM {{ ref('stg_countermeasures') }} c
LEFT JOIN {{ ref('dim_site') }} s        ON s.site_code = c.site_code
LEFT JOIN {{ ref('dim_department') }} d  ON d.dept_code = c.responsible_dept_code
LEFT JOIN {{ ref('dim_employee') }} e    ON e.employee_id = c.owner_employee_id
