-- Calls and visits per month and site, for every month the visitor counts arrived and every site, with the days
-- reported and missing: a site without a count for some days shows it here instead of looking quiet. A count the
-- month's export never records (no row of any site has it: a museum's monthly visitors without calls) is NULL for
-- every site, printed "—", never 0.
CREATE VIEW v_traffic_monthly AS
WITH months AS (
    SELECT period, day(last_day(CAST(period || '-01' AS DATE))) AS days_in_month
    FROM v_source_periods WHERE source = 'visitor_counts'
), t AS (
    SELECT period, site_key, count(DISTINCT date_key) AS days_reported, sum(calls) AS calls, sum(visits) AS visits,
           sum(first_time_visits) AS first_time_visits, sum(sample_room_visits) AS sample_room_visits,
           sum(vip_visitors) AS vip_visitors, sum(staff_on_duty) AS staff_days
    FROM fact_daily_traffic
    GROUP BY ALL
), recorded AS (
    SELECT period, count(calls) > 0 AS calls, count(first_time_visits) > 0 AS first_time_visits,
           count(sample_room_visits) > 0 AS sample_room_visits, count(vip_visitors) > 0 AS vip_visitors,
           count(staff_on_duty) > 0 AS staff_days
    FROM fact_daily_traffic
    GROUP BY period
)
SELECT m.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       m.days_in_month,
       coalesce(t.days_reported, 0)                      AS days_reported,
       m.days_in_month - coalesce(t.days_reported, 0)    AS days_missing,
       CASE WHEN r.calls IS NOT FALSE THEN coalesce(t.calls, 0) END AS calls,
       coalesce(t.visits, 0)                             AS visits,
       CASE WHEN r.first_time_visits IS NOT FALSE THEN coalesce(t.first_time_visits, 0) END AS first_time_visits,
       CASE WHEN r.sample_room_visits IS NOT FALSE THEN coalesce(t.sample_room_visits, 0) END AS sample_room_visits,
       CASE WHEN r.vip_visitors IS NOT FALSE THEN coalesce(t.vip_visitors, 0) END AS vip_visitors,
       CASE WHEN r.staff_days IS NOT FALSE THEN coalesce(t.staff_days, 0) END AS staff_days,
       t.visits / nullif(t.days_reported, 0)::DOUBLE     AS visits_per_day
FROM months m
CROSS JOIN dim_site s
LEFT JOIN t ON t.period = m.period AND t.site_key = s.site_key
LEFT JOIN recorded r ON r.period = m.period
WHERE s.site_key <> 0;
