-- Repeat complainants (DOMAIN 10.3 1e): a known customer (customer number on the complaint) with at least two complaint
-- records received in the 90 days ending on the last day of a month in which they complained. Rolling 90 days rather
-- than the calendar month, so a customer who complains on the 30th and again on the 2nd is not missed; suggestions and
-- opinions are not complaints. Anonymous complainants cannot be matched (the phone is personal data, raw zone only).
CREATE VIEW v_repeat_complainants AS
WITH c AS (
    SELECT f.complaint_id, f.period, f.received_at, cu.customer_id, s.site_code, s.site_name, s.site_name_en,
           d.dept_label_zh, d.dept_label_en, f.is_closed
    FROM fact_complaint f
    JOIN dim_complaint_category k ON k.complaint_category_key = f.complaint_category_key
    JOIN dim_customer cu ON cu.customer_key = f.customer_key
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN v_department d ON d.dept_key = f.responsible_dept_key
    WHERE k.record_type = 'complaint' AND f.customer_key <> 0
), months AS (
    SELECT DISTINCT customer_id, period, last_day(CAST(period || '-01' AS DATE)) AS month_end FROM c
), w AS (
    SELECT m.period, m.customer_id, m.month_end, c.*
    EXCLUDE (period, customer_id), c.period AS complaint_period
    FROM months m
    JOIN c ON c.customer_id = m.customer_id
          AND CAST(c.received_at AS DATE) > m.month_end - INTERVAL 90 DAY
          AND CAST(c.received_at AS DATE) <= m.month_end
)
SELECT w.period, w.customer_id, cur.customer_name_masked, cur.phone_masked, cur.is_member,
       count(*) FILTER (WHERE w.complaint_period = w.period)                       AS complaints_in_month,
       count(*)                                                                    AS complaints_90_days,
       count(*) FILTER (WHERE NOT w.is_closed)                                     AS still_open,
       min(w.received_at)                                                          AS first_received_at,
       max(w.received_at)                                                          AS last_received_at,
       list(DISTINCT w.site_code ORDER BY w.site_code)                             AS site_codes,
       string_agg(DISTINCT w.site_name, '、' ORDER BY w.site_name)                  AS site_names,
       string_agg(DISTINCT w.site_name_en, ', ' ORDER BY w.site_name_en)           AS site_names_en,
       arg_max(w.site_name, w.received_at)                                         AS latest_site_name,
       arg_max(w.site_name_en, w.received_at)                                      AS latest_site_name_en,
       arg_max(w.dept_label_zh, w.received_at)                                     AS latest_dept_label_zh,
       arg_max(w.dept_label_en, w.received_at)                                     AS latest_dept_label_en,
       string_agg(DISTINCT w.dept_label_zh, '、' ORDER BY w.dept_label_zh)          AS departments_zh,
       string_agg(DISTINCT w.dept_label_en, ', ' ORDER BY w.dept_label_en)         AS departments_en
FROM w
JOIN dim_customer cur ON cur.customer_id = w.customer_id AND cur.is_current
GROUP BY w.period, w.customer_id, cur.customer_name_masked, cur.phone_masked, cur.is_member
HAVING count(*) >= 2;
