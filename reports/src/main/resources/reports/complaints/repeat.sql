-- Repeat complainants (DOMAIN 10.3 1e, v_repeat_complainants): known customers who complained this month and at least
-- twice in the 90 days ending on its last day, with the site and
-- department of the latest complaint (the view lists them all); a site's report lists those with a complaint at the site in the 90 days.
SELECT customer_id,
       customer_name_masked AS customer,
       phone_masked AS phone,
       complaints_in_month,
       complaints_90_days,
       still_open,
       strftime(first_received_at, '%Y-%m-%d') AS first_on,
       strftime(last_received_at, '%Y-%m-%d') AS last_on,
       latest_site_name AS site_zh,
       latest_site_name_en AS site_en,
       latest_dept_label_zh AS dept_zh,
       latest_dept_label_en AS dept_en
FROM v_repeat_complainants
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR list_contains(site_codes, CAST(:site AS VARCHAR)))
ORDER BY complaints_90_days DESC, complaints_in_month DESC, customer_id
