-- Callbacks of the run's period.
SELECT
  trim(callback_id)                               AS callback_id,
  period,
  upper(trim(site_code))                          AS site_code,
  upper(nullif(trim(customer_id), ''))            AS customer_id,
  is_member,
  {{ normalise_label(service_item) }}             AS service_item_name,
  upper(nullif(trim(provider_dept_code), ''))     AS provider_dept_code,
  upper(nullif(trim(provider_employee_id), ''))   AS provider_employee_id,
  service_date,
  callback_at,
  lower(trim(callback_type))                      AS callback_type_code,
  lower(trim(channel))                            AS channel_code,
  upper(nullif(trim(caller_employee_id), ''))     AS caller_employee_id,
  lower(trim(result))                             AS result_code,
  nullif(trim(dissatisfied_aspect), '')           AS dissatisfied_aspect,
  nullif(trim(suggestion), '')                    AS suggestion,
  nullif(trim(related_complaint_id), '')          AS related_complaint_id
FROM {{ source('callbacks') }}
