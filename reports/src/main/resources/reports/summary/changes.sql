-- The three counts or amounts (KPIs without a base) that moved most against last month, by relative change; only
-- KPIs that apply to the scope, whose exports arrived for both months, and that were not 0 last month (a change
-- from nothing has no size). Rates are in the targets table with their last month.
WITH k AS (
    SELECT * FROM kpi_definitions
    WHERE base IS NULL
      AND (business_lines IS NULL
           OR list_has_any(string_split(business_lines, ','), string_split(CAST(:business_lines AS VARCHAR), ',')))
), arrived AS (
    SELECT period, list(source) AS sources FROM v_source_periods WHERE period IN (:period, :prev_period) GROUP BY period
), figures AS (
    SELECT kpi, period, sum(numerator) AS numerator
    FROM v_kpi_monthly
    WHERE period IN (:period, :prev_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY kpi, period
), v AS (
    SELECT k.kpi, a.period, coalesce(f.numerator, 0) AS value
    FROM k
    JOIN arrived a ON list_has_all(a.sources, string_split(k.sources, ','))
    LEFT JOIN figures f ON f.kpi = k.kpi AND f.period = a.period
)
SELECT k.name_zh AS metric_zh, k.name_en AS metric_en, k.format AS fmt, cur.value AS current, prev.value AS previous,
       cur.value - prev.value AS change, (cur.value - prev.value) / prev.value AS change_pct
FROM k
JOIN v cur ON cur.kpi = k.kpi AND cur.period = :period
JOIN v prev ON prev.kpi = k.kpi AND prev.period = :prev_period
WHERE prev.value <> 0 AND cur.value <> prev.value
ORDER BY abs((cur.value - prev.value) / prev.value) DESC, k.ord
LIMIT 3
