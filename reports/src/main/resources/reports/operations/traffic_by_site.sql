-- Calls and visits per site for the month (v_traffic_monthly), with the days counted and missing; visits per day
-- are over the days counted.
SELECT site_name AS site_zh,
       site_name_en AS site_en,
       sum(calls) AS calls,
       sum(visits) AS visits,
       sum(first_time_visits) AS first_time,
       sum(sample_room_visits) AS sample_room,
       sum(vip_visitors) AS vip,
       sum(days_reported) AS days_reported,
       sum(days_missing) AS days_missing,
       sum(visits) / nullif(sum(days_reported), 0)::DOUBLE AS visits_per_day
FROM v_traffic_monthly
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY site_code, site_name, site_name_en
ORDER BY site_code
