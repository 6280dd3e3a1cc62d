-- Accumulating snapshot: one row per studio order taken in the period, with its current stage (the latest
-- milestone reached) and the lags between stages in calendar days.
WITH o AS (
  SELECT *,
         CASE WHEN picked_up_at IS NOT NULL THEN 'picked_up'
              WHEN selected_at IS NOT NULL THEN 'selected'
              WHEN shot_at IS NOT NULL THEN 'shot'
              WHEN gown_selected_at IS NOT NULL THEN 'gown_selected'
              ELSE 'ordered' END AS stage
  FROM {{ ref('stg_orders') }}
)
SELECT
  o.order_id,
  o.period,
  {{ date_key(o.ordered_at) }}                            AS order_date_key,
  o.ordered_at,
  coalesce(s.site_key, 0)                                 AS site_key,
  coalesce(cu.customer_key, 0)                            AS customer_key,
  coalesce(os.order_status_key, 0)                        AS order_status_key,
  o.package,
  o.shoot_location,
  o.amount,
  o.paid,
  CAST(o.amount - o.paid AS DECIMAL(18, 2))               AS outstanding,
  o.addon_amount,
  o.photos_selected,
  o.is_rush,
  o.gown_selected_at,
  o.shot_at,
  o.selected_at,
  o.picked_up_at,
  datediff(to_date(o.shot_at), to_date(o.ordered_at))     AS days_order_to_shoot,
  datediff(to_date(o.selected_at), to_date(o.shot_at))    AS days_shoot_to_selection,
  datediff(to_date(o.picked_up_at), to_date(o.selected_at)) AS days_selection_to_pickup
FROM o
LEFT JOIN {{ ref('dim_site') }} s          ON s.site_code = o.site_code
LEFT JOIN {{ ref('dim_customer') }} cu
       ON cu.customer_id = o.customer_id
      AND to_date(o.ordered_at) >= cu.valid_from AND to_date(o.ordered_at) < cu.valid_to
LEFT JOIN {{ ref('dim_order_status') }} os
       ON os.payment_status = o.payment_status AND os.is_rush = o.is_rush AND os.stage = o.stage
