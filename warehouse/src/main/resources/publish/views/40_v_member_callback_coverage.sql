-- Member callback coverage against the 100 % rule (会员客户100%回访): members of each site (current version of
-- dim_customer) against distinct members called in the month, and the share of calls within 3 days of service.
CREATE VIEW v_member_callback_coverage AS
WITH months AS (SELECT DISTINCT period FROM fact_callback),
members AS (
    SELECT c.site_code, c.customer_id
    FROM dim_customer c
    WHERE c.is_current AND c.is_member AND c.customer_key <> 0
),
called AS (
    SELECT f.period, s.site_code, c.customer_id, bool_or(f.within_3_days) AS any_within_3_days
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_customer c ON c.customer_key = f.customer_key
    WHERE f.is_member
    GROUP BY ALL
)
SELECT m.period, mem.site_code,
       count(DISTINCT mem.customer_id)                                        AS members,
       count(DISTINCT cl.customer_id)                                         AS members_called,
       count(DISTINCT cl.customer_id) / nullif(count(DISTINCT mem.customer_id), 0) AS coverage_rate,
       count(DISTINCT cl.customer_id) FILTER (WHERE cl.any_within_3_days)     AS members_called_within_3_days
FROM months m
CROSS JOIN members mem
LEFT JOIN called cl ON cl.period = m.period AND cl.site_code = mem.site_code AND cl.customer_id = mem.customer_id
GROUP BY ALL;
