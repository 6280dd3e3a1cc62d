-- Key figures of page 1 with the change against last month (NULL, printed —, when last month's callbacks did not
-- arrive). Member coverage is against the members at the month's end.
WITH loaded AS (
    SELECT period FROM v_source_periods WHERE source = 'callbacks' AND period IN (:period, :prev_period)
), c AS (
    SELECT period, sum(callbacks) AS callbacks,
           sum(satisfied) / nullif(sum(reached), 0)::DOUBLE AS satisfied_rate,
           sum(within_3_days) / nullif(sum(with_service_date), 0)::DOUBLE AS within_3_days_rate
    FROM v_callback_monthly
    WHERE period IN (SELECT period FROM loaded)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), m AS (
    SELECT period, sum(members_called) / nullif(sum(members), 0)::DOUBLE AS coverage_rate
    FROM v_member_callback_coverage
    WHERE period IN (SELECT period FROM loaded)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period
), vals AS (
    SELECT l.period, v.kpi, v.value
    FROM loaded l
    LEFT JOIN c ON c.period = l.period
    LEFT JOIN m ON m.period = l.period,
    LATERAL (VALUES ('callbacks_made', coalesce(c.callbacks, 0)::DOUBLE), ('satisfied_rate', c.satisfied_rate),
                    ('member_coverage_rate', m.coverage_rate),
                    ('callbacks_within_3_days_rate', c.within_3_days_rate)) v(kpi, value)
)
SELECT o.kpi AS metric, k.name_zh AS label_zh, k.name_en AS label_en, k.format AS fmt,
       cur.value, cur.value - prev.value AS change
FROM (VALUES (1, 'callbacks_made'), (2, 'satisfied_rate'), (3, 'member_coverage_rate'),
             (4, 'callbacks_within_3_days_rate')) o(ord, kpi)
JOIN kpi_definitions k ON k.kpi = o.kpi
LEFT JOIN vals cur ON cur.kpi = o.kpi AND cur.period = :period
LEFT JOIN vals prev ON prev.kpi = o.kpi AND prev.period = :prev_period
ORDER BY o.ord
