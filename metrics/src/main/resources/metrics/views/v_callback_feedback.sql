-- What customers said on callbacks, per month and site: each dissatisfied aspect (一般 / 不满意) and each suggestion
-- (满意), with how often it was said and when last.
CREATE VIEW v_callback_feedback AS
SELECT f.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
       x.kind, x.text,
       sum(f.callback_count)              AS mentions,
       CAST(max(f.callback_at) AS DATE)   AS last_on
FROM fact_callback f
JOIN dim_site s ON s.site_key = f.site_key
CROSS JOIN LATERAL (
    SELECT 'dissatisfied_aspect' AS kind, trim(f.dissatisfied_aspect) AS text
    UNION ALL
    SELECT 'suggestion', trim(f.suggestion)
) x
WHERE nullif(x.text, '') IS NOT NULL
GROUP BY ALL;
