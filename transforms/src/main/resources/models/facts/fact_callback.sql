-- Transaction: one row per callback attempt made in the period. within_3_days compares calendar dates
-- (callback date - service date between 0 and 3 days, [000:527]); NULL when the service date is unknown, false
-- when the call is dated before the service (a wrong date, not a timely callback).
WITH cb AS (
  SELECT * FROM {{ ref('stg_callbacks') }}
)
SELECT
  cb.callback_id,
  cb.period,
  {{ date_key(cb.callback_at) }}                         AS callback_date_key,
  cb.callback_at,
  {{ date_key(cb.service_date) }}                        AS service_date_key,
  coalesce(s.site_key, 0)                                AS site_key,
  coalesce(cu.customer_key, 0)                           AS customer_key,
  coalesce(si.service_item_key, 0)                       AS service_item_key,
  coalesce(pd.dept_key, 0)                               AS provider_dept_key,
  coalesce(pe.employee_key, 0)                           AS provider_employee_key,
  coalesce(ce.employee_key, 0)                           AS caller_employee_key,
  coalesce(ct.callback_type_key, 0)                      AS callback_type_key,
  coalesce(ch.channel_key, 0)                            AS channel_key,
  coalesce(sl.satisfaction_key, 0)                       AS satisfaction_key,
  1                                                      AS callback_count,
  -- The export's flag is the status at the time of the call; the customer version fills it when missing.
  coalesce(cb.is_member, cu.is_member, false)            AS is_member,
  coalesce(sl.is_reached, false)                         AS is_reached,
  coalesce(sl.is_satisfied, false)                       AS is_satisfied,
  sl.score                                               AS satisfaction_score,
  datediff(to_date(cb.callback_at), cb.service_date)     AS days_from_service,
  datediff(to_date(cb.callback_at), cb.service_date) BETWEEN 0 AND 3 AS within_3_days,
  cb.dissatisfied_aspect,
  cb.suggestion,
  cb.related_complaint_id
FROM cb
LEFT JOIN {{ ref('dim_site') }} s                ON s.site_code = cb.site_code
LEFT JOIN {{ ref('dim_customer') }} cu
       ON cu.customer_id = cb.customer_id
      AND to_date(cb.callback_at) >= cu.valid_from AND to_date(cb.callback_at) < cu.valid_to
LEFT JOIN {{ ref('dim_service_item') }} si       ON si.service_item_name = cb.service_item_name
LEFT JOIN {{ ref('dim_department') }} pd         ON pd.dept_code = cb.provider_dept_code
LEFT JOIN {{ ref('dim_employee') }} pe           ON pe.employee_id = cb.provider_employee_id
LEFT JOIN {{ ref('dim_employee') }} ce           ON ce.employee_id = cb.caller_employee_id
LEFT JOIN {{ ref('dim_callback_type') }} ct      ON ct.callback_type_code = cb.callback_type_code
LEFT JOIN {{ ref('dim_channel') }} ch            ON ch.channel_code = cb.channel_code
LEFT JOIN {{ ref('dim_satisfaction_level') }} sl ON sl.result_code = cb.result_code
