-- Callbacks made per month, site, callback type and member flag (member at the time of the call): attempts,
-- results, and timeliness against the 3-day rule [000:527]. Counts are additive; recompute rates when grouping.
CREATE VIEW v_callback_monthly AS
WITH m AS (
    SELECT f.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
           t.callback_type_code, t.callback_type_name_zh, t.callback_type_name_en, f.is_member,
           sum(f.callback_count)                                                          AS callbacks,
           sum(CASE WHEN l.is_reached THEN f.callback_count ELSE 0 END)                    AS reached,
           sum(CASE WHEN l.result_code = 'unreachable' THEN f.callback_count ELSE 0 END)   AS unreachable,
           sum(CASE WHEN l.result_code = 'satisfied' THEN f.callback_count ELSE 0 END)     AS satisfied,
           sum(CASE WHEN l.result_code = 'neutral' THEN f.callback_count ELSE 0 END)       AS neutral,
           sum(CASE WHEN l.result_code = 'dissatisfied' THEN f.callback_count ELSE 0 END)  AS dissatisfied,
           sum(CASE WHEN f.within_3_days IS NOT NULL THEN f.callback_count ELSE 0 END)     AS with_service_date,
           sum(CASE WHEN f.within_3_days THEN f.callback_count ELSE 0 END)                 AS within_3_days
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_callback_type t ON t.callback_type_key = f.callback_type_key
    JOIN dim_satisfaction_level l ON l.satisfaction_key = f.satisfaction_key
    GROUP BY ALL
)
SELECT *,
       satisfied / nullif(reached, 0)::DOUBLE               AS satisfied_rate,
       within_3_days / nullif(with_service_date, 0)::DOUBLE AS within_3_days_rate
FROM m;
