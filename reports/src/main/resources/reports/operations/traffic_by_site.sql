-- Calls and visits per site for the month.
SELECT s.site_name AS site,
       SUM(f.calls) AS calls,
       SUM(f.visits) AS visits,
       SUM(f.first_time_visits) AS first_time,
       SUM(f.sample_room_visits) AS sample_room,
       SUM(f.vip_visitors) AS vip,
       SUM(f.visits) / COUNT(DISTINCT f.date_key)::DOUBLE AS visits_per_day
FROM fact_daily_traffic f
JOIN dim_site s ON s.site_key = f.site_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY s.site_code, s.site_name
ORDER BY s.site_code
