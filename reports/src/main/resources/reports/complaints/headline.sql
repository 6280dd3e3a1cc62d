-- Key figures of page 1 with the change against last month; the change is NULL (printed —) when last month's
-- complaints did not arrive (v_source_periods), never a difference against nothing.
WITH loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'complaints' AND period IN (:period, :prev_period)
), c AS (
    SELECT period, sum(received) AS received, sum(valid) AS valid, sum(closed) AS closed
    FROM v_complaint_monthly_classification
    WHERE period IN (SELECT period FROM loaded) AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), s AS (
    SELECT period, sum(resolved_same_day) / nullif(sum(received), 0)::DOUBLE AS resolved_same_day_rate
    FROM v_complaint_sla_monthly
    WHERE period IN (SELECT period FROM loaded) AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), vals AS (
    SELECT l.period, v.kpi, v.value
    FROM loaded l
    LEFT JOIN c ON c.period = l.period
    LEFT JOIN s ON s.period = l.period,
    LATERAL (VALUES ('complaints_received', coalesce(c.received, 0)::DOUBLE),
                    ('complaints_valid', coalesce(c.valid, 0)::DOUBLE),
                    ('complaints_closed', coalesce(c.closed, 0)::DOUBLE),
                    ('resolved_same_day_rate', s.resolved_same_day_rate)) v(kpi, value)
)
SELECT o.kpi AS metric, k.name_zh AS label_zh, k.name_en AS label_en, k.format AS fmt,
       cur.value, cur.value - prev.value AS change
FROM (VALUES (1, 'complaints_received'), (2, 'complaints_valid'), (3, 'complaints_closed'),
             (4, 'resolved_same_day_rate')) o(ord, kpi)
JOIN kpi_definitions k ON k.kpi = o.kpi
LEFT JOIN vals cur ON cur.kpi = o.kpi AND cur.period = :period
LEFT JOIN vals prev ON prev.kpi = o.kpi AND prev.period = :prev_period
ORDER BY o.ord
