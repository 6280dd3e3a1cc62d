-- Accumulating snapshot: one row per complaint / suggestion / opinion received in the period, with milestone times
-- and the SLA flags of DOMAIN 2.6. The customer version is the one valid on the day of receipt; anything not
-- found maps to the unknown member 0 (fixed when the period is re-run after the master data arrives).
WITH c AS (
  SELECT * FROM {{ ref('stg_complaints') }}
)
SELECT
  c.complaint_id,
  c.period,
  {{ date_key(c.received_at) }}                          AS received_date_key,
  c.received_at,
  coalesce(s.site_key, 0)                                AS site_key,
  coalesce(ch.channel_key, 0)                            AS channel_key,
  coalesce(cat.complaint_category_key, 0)                AS complaint_category_key,
  coalesce(rd.dept_key, 0)                               AS responsible_dept_key,
  coalesce(re.employee_key, 0)                           AS responsible_employee_key,
  coalesce(he.employee_key, 0)                           AS handler_employee_key,
  coalesce(cu.customer_key, 0)                           AS customer_key,
  coalesce(si.service_item_key, 0)                       AS service_item_key,
  c.resolved_at,
  c.customer_notified_at,
  c.customer_signed_at,
  c.callback_at,
  c.closed_at,
  c.departments_involved,
  1                                                      AS complaint_count,
  c.validity = 'valid'                                   AS is_valid,
  c.severity = 'major'                                   AS is_major,
  -- closed: the source's status where it gives one (a register may close without a closed date), else a closed date
  CASE WHEN c.status IS NOT NULL THEN c.status = 'closed' ELSE c.closed_at IS NOT NULL END AS is_closed,
  -- [003:69] resolved on the calendar day of receipt (23:59 counts, 00:00 the next day does not).
  coalesce(to_date(c.resolved_at) = to_date(c.received_at), false) AS resolved_same_day,
  -- [003:70] only judged when not resolved the same day: was the customer told on the day of receipt?
  CASE WHEN to_date(c.resolved_at) = to_date(c.received_at) THEN NULL
       ELSE coalesce(to_date(c.customer_notified_at) = to_date(c.received_at), false) END AS notified_same_day,
  c.callback_at IS NOT NULL                              AS callback_done,
  -- [000:527] + [000:545] the callback after handling, within 3 days of the resolution by calendar date (called
  -- 0-3 days after the day it was resolved, the rule fact_callback applies to service dates); NULL while the
  -- complaint is unresolved: no callback is due yet, so it is not in the base.
  CASE WHEN c.resolved_at IS NULL THEN NULL
       ELSE coalesce(datediff(to_date(c.callback_at), to_date(c.resolved_at)) BETWEEN 0 AND 3, false) END
                                                         AS callback_within_3d,
  c.customer_signed_at IS NOT NULL                       AS customer_signed,
  CAST(timestampdiff(MINUTE, c.received_at, c.resolved_at) / 60.0 AS DECIMAL(10, 2)) AS hours_to_resolve,
  c.compensation_amount,
  c.status,
  c.category_name,
  c.subcategory_name,
  c.due_at,
  -- the deadline the SLA is judged against: the source's own where it gives one, else the seeds' rule, resolved by
  -- the end of the day of receipt [003:69]
  coalesce(c.due_at, CAST(to_date(c.received_at) AS TIMESTAMP_NTZ) + INTERVAL 1 DAY - INTERVAL 1 SECOND) AS sla_due_at,
  c.due_at IS NOT NULL                                   AS sla_due_from_source,
  -- NULL while unresolved: the SLA is judged once there is a resolution (open ones are aged as overdue or not)
  CASE WHEN c.resolved_at IS NULL THEN NULL
       WHEN c.due_at IS NOT NULL THEN c.resolved_at <= c.due_at
       ELSE to_date(c.resolved_at) = to_date(c.received_at) END AS sla_met,
  -- open: the source's status where it gives one (a status may say open beside a closed date: the status wins),
  -- else neither resolved nor closed
  CASE WHEN c.status IS NOT NULL THEN c.status IN ('open', 'in_progress')
       ELSE c.resolved_at IS NULL AND c.closed_at IS NULL END AS is_open
FROM c
LEFT JOIN {{ ref('dim_site') }} s                ON s.site_code = c.site_code
LEFT JOIN {{ ref('dim_channel') }} ch            ON ch.channel_code = c.channel_code
LEFT JOIN {{ ref('dim_complaint_category') }} cat
       ON cat.record_type = c.record_type AND cat.validity = c.validity
      AND cat.cause_type = coalesce(c.cause_type, 'unspecified') AND cat.severity = c.severity
LEFT JOIN {{ ref('dim_department') }} rd         ON rd.dept_code = c.responsible_dept_code
LEFT JOIN {{ ref('dim_employee') }} re           ON re.employee_id = c.responsible_employee_id
LEFT JOIN {{ ref('dim_employee') }} he           ON he.employee_id = c.handler_employee_id
LEFT JOIN {{ ref('dim_customer') }} cu
       ON cu.customer_id = c.customer_id
      AND to_date(c.received_at) >= cu.valid_from AND to_date(c.received_at) < cu.valid_to
LEFT JOIN {{ ref('dim_service_item') }} si       ON si.service_item_name = c.service_item_name
