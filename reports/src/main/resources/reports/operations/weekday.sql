-- Weekday profile: average calls, visits and staff on duty per site-day (staffing is 2 on weekdays, 3 Fri-Sun).
SELECT d.weekday_name_zh AS weekday_zh,
       d.weekday_name_en AS weekday_en,
       COUNT(DISTINCT f.date_key) AS days,
       AVG(f.calls) AS avg_calls,
       AVG(f.visits) AS avg_visits,
       AVG(f.staff_on_duty) AS avg_staff,
       SUM(f.visits) / NULLIF(SUM(f.staff_on_duty), 0)::DOUBLE AS visits_per_staff
FROM fact_daily_traffic f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_date d ON d.date_key = f.date_key
WHERE f.period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
GROUP BY d.weekday, d.weekday_name_zh, d.weekday_name_en
ORDER BY d.weekday
