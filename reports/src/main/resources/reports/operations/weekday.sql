-- Weekday profile: average calls, visits and staff on duty per site-day (staffing is 2 on weekdays, 3 Fri-Sun).
SELECT weekday_name_zh AS weekday_zh,
       weekday_name_en AS weekday_en,
       count(DISTINCT date) AS days,
       avg(calls) AS avg_calls,
       avg(visits) AS avg_visits,
       avg(staff_on_duty) AS avg_staff,
       sum(visits) / nullif(sum(staff_on_duty), 0)::DOUBLE AS visits_per_staff
FROM v_daily_traffic
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY weekday, weekday_name_zh, weekday_name_en
ORDER BY weekday
