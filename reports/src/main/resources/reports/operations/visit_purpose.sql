-- Studio visits by purpose and the conversion of shoot enquiries per site (DOMAIN 10.3 4, v_studio_visits_monthly).
SELECT site_name AS site_zh,
       site_name_en AS site_en,
       visits,
       shoot_enquiry_visits,
       proof_viewing_visits,
       pickup_visits,
       bookings,
       conversion_rate
FROM v_studio_visits_monthly
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY site_code
