-- Complaints still open at export, aged at the end of the month (v_open_complaint_ageing): oldest first, with the
-- age band and whether the deadline has passed (the source's due date, else the day of receipt).
SELECT complaint_id,
       strftime(received_at, '%Y-%m-%d') AS received_on,
       site_name AS site_zh,
       site_name_en AS site_en,
       coalesce(category_name, '') AS category,
       coalesce(status, 'open') AS status,
       age_days,
       age_band,
       strftime(sla_due_at, '%Y-%m-%d') || CASE WHEN sla_due_from_source THEN '' ELSE ' *' END AS due_on,
       CASE WHEN is_overdue THEN 'overdue' ELSE 'not_overdue' END AS overdue
FROM v_open_complaint_ageing
WHERE period = :period AND record_type = 'complaint'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY age_days DESC, complaint_id
