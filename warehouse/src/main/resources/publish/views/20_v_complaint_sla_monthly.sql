-- SLA compliance per month and site: resolved the same day, notified the same day when not resolved,
-- callback within 3 days, customer signed. Rates are shares of the complaints received in the month.
CREATE VIEW v_complaint_sla_monthly AS
SELECT f.period, s.site_code, s.site_name,
       count(*)                                                        AS received,
       avg(CASE WHEN f.resolved_same_day THEN 1.0 ELSE 0.0 END)        AS resolved_same_day_rate,
       count(*) FILTER (WHERE NOT f.resolved_same_day)                 AS not_resolved_same_day,
       avg(CASE WHEN f.notified_same_day THEN 1.0 ELSE 0.0 END)
           FILTER (WHERE NOT f.resolved_same_day)                      AS notified_same_day_rate,
       avg(CASE WHEN f.callback_within_3d THEN 1.0 ELSE 0.0 END)       AS callback_within_3d_rate,
       avg(CASE WHEN f.customer_signed THEN 1.0 ELSE 0.0 END)          AS customer_signed_rate,
       median(f.hours_to_resolve)                                      AS median_hours_to_resolve
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
GROUP BY ALL;
