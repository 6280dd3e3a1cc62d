-- Studio orders of the run's period.
SELECT
  trim(order_id)                      AS order_id,
  period,
  upper(trim(site_code))              AS site_code,
  upper(nullif(trim(customer_id), '')) AS customer_id,
  ordered_at,
  trim(package)                       AS package,
  nullif(trim(shoot_location), '')    AS shoot_location,
  amount,
  paid,
  lower(trim(payment_status))         AS payment_status,
  gown_selected_at,
  shot_at,
  selected_at,
  picked_up_at,
  coalesce(is_rush, false)            AS is_rush,
  addon_amount,
  photos_selected
FROM {{ source('orders') }}
