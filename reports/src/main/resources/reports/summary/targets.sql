-- Every KPI with a target (kpi_definitions.target, from metrics/kpis.yml; DOMAIN.md section 9) that applies to the
-- scope: this month's met count and base, this month's and last month's rate, the target, and the mark: met at or
-- above the target, at risk down to target_at_risk_from, missed below; no data when the month's exports did not
-- arrive or the base is empty (no rows at all when nothing arrived for the month). Last month is NULL (—) when its exports did not arrive.
WITH k AS (
    SELECT * FROM kpi_definitions
    WHERE target IS NOT NULL
      AND (business_lines IS NULL
           OR list_has_any(string_split(business_lines, ','), string_split(CAST(:business_lines AS VARCHAR), ',')))
), arrived AS (
    SELECT period, list(source) AS sources FROM v_source_periods WHERE period IN (:period, :prev_period) GROUP BY period
), figures AS (
    SELECT kpi, period, sum(numerator) AS numerator, sum(base) AS base
    FROM v_kpi_monthly
    WHERE period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY kpi, period
), v AS (
    SELECT k.kpi, a.period, coalesce(f.numerator, 0) AS met, f.base,
           coalesce(f.numerator, 0) / nullif(f.base, 0) AS rate
    FROM k
    JOIN arrived a ON list_has_all(a.sources, string_split(k.sources, ','))
    LEFT JOIN figures f ON f.kpi = k.kpi AND f.period = a.period
)
SELECT k.name_zh AS metric_zh, k.name_en AS metric_en, cur.met, cur.base, cur.rate AS current, prev.rate AS previous,
       k.target,
       -- compared on counts (met against target x base), so that 27 of 30 is exactly 90 %
       CASE WHEN cur.rate IS NULL THEN 'none'
            WHEN cur.met >= k.target * cur.base - 1e-9 THEN 'met'
            WHEN cur.met >= k.target_at_risk_from * cur.base - 1e-9 THEN 'at_risk'
            ELSE 'missed' END AS status
FROM k
LEFT JOIN v cur ON cur.kpi = k.kpi AND cur.period = :period
LEFT JOIN v prev ON prev.kpi = k.kpi AND prev.period = :prev_period
WHERE EXISTS (SELECT 1 FROM v_source_periods WHERE period = :period) -- a month with nothing at all says so once
ORDER BY k.ord
