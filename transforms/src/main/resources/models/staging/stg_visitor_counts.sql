-- Daily call and visit counts of the run's period.
SELECT
  upper(trim(site_code)) AS site_code,
  period,
  visit_date,
  calls,
  visits,
  first_time_visits,
  sample_room_visits,
  vip_visitors,
  staff_on_duty,
  shoot_enquiry_visits,
  proof_viewing_visits,
  pickup_visits,
  bookings,
  lost_price,
  lost_comparing,
  lost_schedule,
  lost_other
FROM {{ source('visitor_counts') }}
