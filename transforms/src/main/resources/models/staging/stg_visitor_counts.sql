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
  staff_on_duty
FROM {{ source('visitor_counts') }}
