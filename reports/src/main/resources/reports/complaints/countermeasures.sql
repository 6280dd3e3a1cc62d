-- Improvement countermeasures (整改措施, DOMAIN 10.3 1f; v_countermeasures): the form's free-text box, one line per
-- countermeasure with the month's complaints it answers (same site, department and cause).
SELECT site_name AS site_zh,
       site_name_en AS site_en,
       CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN dept_label_zh ELSE dept_name END AS dept_zh,
       CASE WHEN CAST(:site AS VARCHAR) IS NULL THEN dept_label_en ELSE dept_name_en END AS dept_en,
       coalesce(cause_type_name_zh, '未注明') AS cause_zh,
       coalesce(cause_type_name_en, 'Not stated') AS cause_en,
       complaints,
       countermeasure,
       owner_name AS owner,
       strftime(due_date, '%Y-%m-%d') AS due_on
FROM v_countermeasures
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY site_code, complaints DESC, dept_code, countermeasure_id
