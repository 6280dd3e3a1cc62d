-- Major complaints (重大投诉) of the month and where they stand.
SELECT complaint_id,
       strftime(received_at, '%Y-%m-%d') AS received_on,
       site_name AS site_zh,
       site_name_en AS site_en,
       CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_zh ELSE responsible_dept_name END AS dept_zh,
       CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN responsible_dept_label_en ELSE responsible_dept_name_en END AS dept_en,
       cause_type_name_zh AS cause_zh,
       cause_type_name_en AS cause_en,
       CASE WHEN is_closed THEN 'closed' ELSE 'open' END AS status,
       hours_to_resolve,
       compensation_amount AS compensation
FROM v_major_complaints
WHERE period = :period AND record_type = 'complaint'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY received_at, complaint_id
