-- Callbacks made by type (routine, post-complaint, member care, ...): attempts, reached, satisfied over reached,
-- within 3 days over the attempts with a service date (v_callback_monthly).
SELECT callback_type_name_zh AS callback_type_zh,
       callback_type_name_en AS callback_type_en,
       sum(callbacks) AS callbacks,
       sum(reached) AS reached,
       sum(satisfied) AS satisfied,
       sum(satisfied) / nullif(sum(reached), 0)::DOUBLE AS satisfied_rate,
       sum(within_3_days) / nullif(sum(with_service_date), 0)::DOUBLE AS within_3d_rate
FROM v_callback_monthly
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY callback_type_code, callback_type_name_zh, callback_type_name_en
ORDER BY callbacks DESC, callback_type_code
