-- Calls and visits per site and day (每日统计来电、来访次数), with the calendar attributes a weekday profile needs.
CREATE VIEW v_daily_traffic AS
SELECT f.period, d.date, d.day_of_month, d.weekday, d.weekday_name_zh, d.weekday_name_en, d.is_weekend,
       d.is_peak_staffing_day,
       s.site_code, s.site_name, s.site_name_en, s.business_line,
       f.calls, f.visits, f.first_time_visits, f.sample_room_visits, f.vip_visitors, f.staff_on_duty
FROM fact_daily_traffic f
JOIN dim_date d ON d.date_key = f.date_key
JOIN dim_site s ON s.site_key = f.site_key;
