-- Repeat complainants (DOMAIN 10.3 1e, v_repeat_complainants): known customers who complained this month and at least
-- twice in the 90 days ending on its last day; a site's report lists those with a complaint at the site in the 90 days.
SELECT customer_id,
       customer_name_masked AS customer,
       phone_masked AS phone,
       complaints_in_month,
       complaints_90_days,
       still_open,
       strftime(first_received_at, '%Y-%m-%d') AS first_on,
       strftime(last_received_at, '%Y-%m-%d') AS last_on,
       site_names AS sites_zh,
       site_names_en AS sites_en,
       departments_zh AS depts_zh,
       departments_en AS depts_en
FROM v_repeat_complainants
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR list_contains(site_codes, CAST(:site AS VARCHAR)))
ORDER BY complaints_90_days DESC, complaints_in_month DESC, customer_id
