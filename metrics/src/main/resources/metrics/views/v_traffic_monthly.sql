-- Calls and visits per month and site, for every month the visitor counts arrived and every site, with the days
-- reported and missing: a site without a count for some days shows it here instead of looking quiet.
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
)
SELECT m.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       m.days_in_month,
       coalesce(t.days_reported, 0)                      AS days_reported,
       m.days_in_month - coalesce(t.days_reported, 0)    AS days_missing,
       coalesce(t.calls, 0)                              AS calls,
       coalesce(t.visits, 0)                             AS visits,
       coalesce(t.first_time_visits, 0)                  AS first_time_visits,
       coalesce(t.sample_room_visits, 0)                 AS sample_room_visits,
       coalesce(t.vip_visitors, 0)                       AS vip_visitors,
       coalesce(t.staff_days, 0)                         AS staff_days,
       t.visits / nullif(t.days_reported, 0)::DOUBLE     AS visits_per_day
FROM months m
CROSS JOIN dim_site s
LEFT JOIN t ON t.period = m.period AND t.site_key = s.site_key
WHERE s.site_key <> 0;
