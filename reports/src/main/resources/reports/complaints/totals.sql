-- Complaints received / valid / not valid / pending / open / closed: this month, last month, the same month last
-- year. A comparison month whose complaints did not arrive (v_source_periods) prints — with a note, never 0.
WITH loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'complaints' AND period IN (:period, :prev_period, :ly_period)
), agg AS (
    SELECT period, sum(received) AS received, sum(valid) AS valid, sum(invalid) AS invalid, sum(pending) AS pending,
           sum(open) AS open, sum(closed) AS closed
    FROM v_complaint_monthly_classification
    WHERE period IN (SELECT period FROM loaded) AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), vals AS (
    SELECT l.period, v.kpi, v.value
    FROM loaded l
    LEFT JOIN agg a ON a.period = l.period,
    LATERAL (VALUES ('complaints_received', coalesce(a.received, 0)), ('complaints_valid', coalesce(a.valid, 0)),
                    ('complaints_invalid', coalesce(a.invalid, 0)), ('complaints_pending', coalesce(a.pending, 0)),
                    ('complaints_open', coalesce(a.open, 0)), ('complaints_closed', coalesce(a.closed, 0))) v(kpi, value)
)
SELECT k.name_zh AS metric_zh, k.name_en AS metric_en,
       cur.value AS current,
       prev.value AS previous,
       cur.value - prev.value AS mom,
       (cur.value - prev.value) / nullif(prev.value, 0)::DOUBLE AS mom_pct,
       ly.value AS last_year,
       cur.value - ly.value AS yoy,
       (cur.value - ly.value) / nullif(ly.value, 0)::DOUBLE AS yoy_pct,
       concat_ws(',', CASE WHEN prev.period IS NULL THEN 'note.no_prev' END,
                      CASE WHEN ly.period IS NULL THEN 'note.no_ly' END) AS note_key
FROM (VALUES (1, 'complaints_received'), (2, 'complaints_valid'), (3, 'complaints_invalid'), (4, 'complaints_pending'),
             (5, 'complaints_open'), (6, 'complaints_closed')) o(ord, kpi)
JOIN kpi_definitions k ON k.kpi = o.kpi
JOIN vals cur ON cur.kpi = o.kpi AND cur.period = :period
LEFT JOIN vals prev ON prev.kpi = o.kpi AND prev.period = :prev_period
LEFT JOIN vals ly ON ly.kpi = o.kpi AND ly.period = :ly_period
ORDER BY o.ord
