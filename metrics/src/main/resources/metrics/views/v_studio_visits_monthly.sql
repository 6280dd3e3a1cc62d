-- Studio storefront visits by purpose and the conversion of shoot enquiries (DOMAIN 10.3 4, [000:142-159]) per month
-- and site, from the daily visitor counts. Only days that recorded purposes count (days_with_purpose): a site whose
-- export has no purpose columns has no row. conversion_rate = bookings / shoot_enquiry_visits.
CREATE VIEW v_studio_visits_monthly AS
SELECT t.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       count(*)                         AS days_with_purpose,
       sum(t.visits)                    AS visits,
       sum(t.shoot_enquiry_visits)      AS shoot_enquiry_visits,
       sum(t.proof_viewing_visits)      AS proof_viewing_visits,
       sum(t.pickup_visits)             AS pickup_visits,
       sum(t.bookings)                  AS bookings,
       sum(t.bookings) / nullif(sum(t.shoot_enquiry_visits), 0)::DOUBLE AS conversion_rate,
       sum(t.lost_price)                AS lost_price,
       sum(t.lost_comparing)            AS lost_comparing,
       sum(t.lost_schedule)             AS lost_schedule,
       sum(t.lost_other)                AS lost_other
FROM fact_daily_traffic t
JOIN dim_site s ON s.site_key = t.site_key
WHERE t.shoot_enquiry_visits IS NOT NULL OR t.proof_viewing_visits IS NOT NULL OR t.pickup_visits IS NOT NULL
GROUP BY ALL;
