-- Complaints still open at export, aged at the end of every month from their month of receipt on (the complaint
-- report's ageing list). Overdue against the source's own deadline (due_at) where it gives one, else the seeds' rule:
-- resolved on the day of receipt [003:69] (fact_complaint.sla_due_at).
CREATE VIEW v_open_complaint_ageing AS
WITH months AS (
    SELECT DISTINCT period, last_day(CAST(period || '-01' AS DATE)) AS month_end FROM fact_complaint
), open AS (
    SELECT f.period AS received_period, f.complaint_id, f.received_at, f.status, f.category_name, f.subcategory_name,
           f.sla_due_at, f.sla_due_from_source, s.site_code, s.site_name, s.site_name_en, c.record_type
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
    WHERE f.is_open
), aged AS (
    SELECT m.period, o.*, date_diff('day', CAST(o.received_at AS DATE), m.month_end) AS age_days,
           o.sla_due_at < CAST(m.month_end + INTERVAL 1 DAY AS TIMESTAMP) AS is_overdue
    FROM months m
    JOIN open o ON o.received_period <= m.period
)
SELECT period, received_period, complaint_id, received_at, site_code, site_name, site_name_en, record_type, status,
       category_name, subcategory_name, sla_due_at, sla_due_from_source, age_days,
       CASE WHEN age_days <= 1 THEN 'age_0_1d' WHEN age_days <= 3 THEN 'age_2_3d' WHEN age_days <= 7 THEN 'age_4_7d'
            WHEN age_days <= 30 THEN 'age_8_30d' ELSE 'age_over_30d' END AS age_band,
       is_overdue
FROM aged;
