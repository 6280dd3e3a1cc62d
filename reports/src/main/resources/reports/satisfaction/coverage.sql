-- Member callback coverage against the 100 % rule: current members (dim_customer, current version, home site)
-- vs distinct members with at least one callback attempt in the month; and the share of callbacks within 3 days.
WITH members AS (
    SELECT DISTINCT c.customer_id
    FROM dim_customer c
    WHERE c.is_current AND c.is_member AND c.customer_key <> 0
      AND (CAST(:site AS VARCHAR) IS NULL OR c.site_code = CAST(:site AS VARCHAR))
), called AS (
    SELECT DISTINCT fc.customer_id
    FROM fact_callback f
    JOIN dim_customer fc ON fc.customer_key = f.customer_key
    WHERE f.period = :period
), timely AS (
    SELECT AVG(CASE WHEN f.within_3_days THEN 1.0 ELSE 0.0 END) AS within_3d_rate, COUNT(*) AS n
    FROM fact_callback f
    JOIN dim_site s ON s.site_key = f.site_key
    WHERE f.period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR s.site_code = CAST(:site AS VARCHAR))
)
SELECT COUNT(m.customer_id) AS members,
       COUNT(c.customer_id) AS members_called,
       COUNT(m.customer_id) - COUNT(c.customer_id) AS members_not_called,
       COUNT(c.customer_id) / NULLIF(COUNT(m.customer_id), 0)::DOUBLE AS coverage,
       1.0 AS target,
       ANY_VALUE(t.within_3d_rate) AS within_3d_rate
FROM members m
LEFT JOIN called c ON c.customer_id = m.customer_id
CROSS JOIN timely t
HAVING ANY_VALUE(t.n) > 0
