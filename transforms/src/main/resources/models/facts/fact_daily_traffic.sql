-- Periodic snapshot: one row per site and day of the period.
SELECT
  v.period,
  {{ date_key(v.visit_date) }} AS date_key,
  coalesce(s.site_key, 0)      AS site_key,
  v.calls,
  v.visits,
  v.first_time_visits,
  v.sample_room_visits,
  v.vip_visitors,
  v.staff_on_duty,
  v.shoot_enquiry_visits,
  v.proof_viewing_visits,
  v.pickup_visits,
  v.bookings,
  v.lost_price,
  v.lost_comparing,
  v.lost_schedule,
  v.lost_other
FROM {{ ref('stg_visitor_counts') }} v
LEFT JOIN {{ ref('dim_site') }} s ON s.site_code = v.site_code
