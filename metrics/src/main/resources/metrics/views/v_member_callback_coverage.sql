-- Member callback coverage against the 100 % rule (会员客户100%回访, [000:524]) per month and home site: customers
-- who were members at the month's end (their version valid that day), how many had a callback attempt in the month,
-- and how many of those were called within 3 days of a service [000:527].
CREATE VIEW v_member_callback_coverage AS
WITH months AS (
    SELECT period, last_day(CAST(period || '-01' AS DATE)) AS month_end
    FROM v_source_periods WHERE source = 'callbacks'
), members AS (
    SELECT m.period, c.site_code, c.customer_id
    FROM months m
    JOIN dim_customer c ON c.customer_key <> 0 AND c.is_member
                       AND m.month_end >= c.valid_from AND m.month_end < c.valid_to
), called AS (
    SELECT f.period, c.customer_id, bool_or(coalesce(f.within_3_days, false)) AS any_within_3_days
    FROM fact_callback f
    JOIN dim_customer c ON c.customer_key = f.customer_key
    GROUP BY ALL
), m AS (
    SELECT mem.period, s.site_code, s.site_name, s.site_name_en, s.business_line,
           count(*)                                              AS members,
           count(cl.customer_id)                                 AS members_called,
           count(*) - count(cl.customer_id)                      AS members_not_called,
           count(*) FILTER (WHERE cl.any_within_3_days)          AS members_called_within_3_days
    FROM members mem
    JOIN dim_site s ON s.site_code = mem.site_code
    LEFT JOIN called cl ON cl.period = mem.period AND cl.customer_id = mem.customer_id
    GROUP BY ALL
)
SELECT *,
       members_called / nullif(members, 0)::DOUBLE                      AS coverage_rate,
       members_called_within_3_days / nullif(members_called, 0)::DOUBLE AS members_within_3_days_rate
FROM m;
