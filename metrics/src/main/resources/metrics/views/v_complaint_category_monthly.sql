-- Complaints per month, site and the source's own category / subcategory, where the export gives a category (a
-- register without one has no rows here): received, valid, still open, and the SLA met over those resolved.
CREATE VIEW v_complaint_category_monthly AS
SELECT f.period, s.site_code, s.site_name, s.site_name_en, c.record_type, f.category_name, f.subcategory_name,
       sum(f.complaint_count)                                               AS received,
       sum(CASE WHEN f.is_valid THEN f.complaint_count ELSE 0 END)          AS valid,
       sum(CASE WHEN f.is_open THEN f.complaint_count ELSE 0 END)           AS open,
       sum(CASE WHEN f.sla_met IS NOT NULL THEN f.complaint_count ELSE 0 END) AS sla_judged,
       sum(CASE WHEN f.sla_met THEN f.complaint_count ELSE 0 END)           AS sla_met
FROM fact_complaint f
JOIN dim_site s ON s.site_key = f.site_key
JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
WHERE f.category_name IS NOT NULL
GROUP BY ALL;
