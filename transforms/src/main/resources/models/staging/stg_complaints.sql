-- Complaints of the run's period: trimmed ids, upper-case entity codes, lower-case canonical codes.
SELECT
  trim(complaint_id)                               AS complaint_id,
  period,
  upper(trim(site_code))                           AS site_code,
  received_at,
  lower(trim(channel))                             AS channel_code,
  lower(trim(record_type))                         AS record_type,
  upper(nullif(trim(customer_id), ''))             AS customer_id,
  lower(nullif(trim(cause_type), ''))              AS cause_type,
  upper(nullif(trim(responsible_dept_code), ''))   AS responsible_dept_code,
  upper(nullif(trim(responsible_employee_id), '')) AS responsible_employee_id,
  upper(nullif(trim(handler_employee_id), ''))     AS handler_employee_id,
  lower(trim(validity))                            AS validity,
  lower(trim(severity))                            AS severity,
  departments_involved,
  {{ normalise_label(service_item) }}              AS service_item_name,
  resolved_at,
  customer_notified_at,
  customer_signed_at,
  callback_at,
  closed_at,
  compensation_amount
FROM {{ source('complaints') }}
