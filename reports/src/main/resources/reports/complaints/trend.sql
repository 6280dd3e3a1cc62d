-- Complaints received and valid over the 12 months ending with the report's last month, and beside them last year's
-- line: complaints received in the same month a year before. Months before the first month the complaints arrived
-- are left out; a month within the range whose complaints did not arrive is NULL (a gap), never 0; last year's line
-- is drawn only where last year's complaints arrived, and left out when none of its months did.
WITH months AS (
    SELECT strftime(d, '%Y-%m') AS period, strftime(d - INTERVAL 1 YEAR, '%Y-%m') AS ly_period
    FROM range(CAST(:trend_start AS DATE) + INTERVAL 1 MONTH, CAST(:month_end AS DATE), INTERVAL 1 MONTH) t(d)
), loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'complaints'
), agg AS (
    SELECT period, sum(received) AS received, sum(valid) AS valid
    FROM v_complaint_monthly_classification
    WHERE period BETWEEN strftime(CAST(:trend_start AS DATE) - INTERVAL 11 MONTH, '%Y-%m') AND :trend_to
      AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), series AS (
    SELECT strftime(CAST(m.period || '-01' AS DATE), '%y-%m') AS category, m.period, x.ord,
           CASE WHEN x.ord = 3 THEN k.name_zh || ' (去年同期)' ELSE k.name_zh END AS series_zh,
           CASE WHEN x.ord = 3 THEN k.name_en || ' (last year)' ELSE k.name_en END AS series_en,
           CASE WHEN x.ord = 3 THEN CASE WHEN ly.period IS NOT NULL THEN coalesce(lya.received, 0) END
                WHEN l.period IS NULL THEN NULL
                WHEN x.ord = 1 THEN coalesce(a.received, 0) ELSE coalesce(a.valid, 0) END AS value
    FROM months m
    CROSS JOIN (VALUES (1, 'complaints_received'), (2, 'complaints_valid'), (3, 'complaints_received')) x(ord, kpi)
    JOIN kpi_definitions k ON k.kpi = x.kpi
    LEFT JOIN loaded l ON l.period = m.period
    LEFT JOIN agg a ON a.period = m.period
    LEFT JOIN loaded ly ON ly.period = m.ly_period
    LEFT JOIN agg lya ON lya.period = m.ly_period
    WHERE m.period >= (SELECT min(period) FROM loaded)
)
SELECT category, series_zh, series_en, value
FROM series
WHERE ord < 3 OR EXISTS (SELECT 1 FROM series s WHERE s.ord = 3 AND s.value IS NOT NULL)
ORDER BY ord, period
