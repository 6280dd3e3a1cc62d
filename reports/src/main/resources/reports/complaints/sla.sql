-- SLA compliance of the month's complaints (DOMAIN 2.6), each rule beside its base: same-day resolution over the
-- complaints received; same-day notice over those not resolved that day; callback after handling, callback within
-- 3 days of resolution and signed acceptance over those resolved (nothing is due before). A rule whose input the
-- export never records (v_complaint_sla_monthly.resolution_recorded / notice_recorded / callback_recorded /
-- signature_recorded) prints "not recorded"
-- with no met count and no rate, never 0 %.
WITH s AS (
    SELECT sum(received) AS received, sum(resolved_same_day) AS resolved_same_day,
           sum(not_resolved_same_day) AS not_resolved_same_day, sum(notified_same_day) AS notified_same_day,
           sum(resolved) AS resolved, sum(callback_done) AS callback_done, sum(callback_within_3d) AS callback_within_3d,
           sum(customer_signed) AS customer_signed,
           bool_or(callback_recorded) AS callback_recorded, bool_or(signature_recorded) AS signature_recorded,
           bool_or(resolution_recorded) AS resolution_recorded, bool_or(notice_recorded) AS notice_recorded
    FROM v_complaint_sla_monthly
    WHERE period = :period AND record_type = 'complaint'
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
)
SELECT k.name_zh AS metric_zh, k.name_en AS metric_en,
       CASE WHEN x.recorded THEN x.met END AS met, x.base,
       CASE WHEN x.recorded THEN x.base_kind ELSE 'not_recorded' END AS base_kind,
       CASE WHEN x.recorded THEN x.met / nullif(x.base, 0)::DOUBLE END AS rate, 1.0 AS target
FROM s,
LATERAL (VALUES (1, 'resolved_same_day_rate', s.resolved_same_day, s.received, 'base_received', s.resolution_recorded),
                (2, 'notified_same_day_rate', s.notified_same_day, s.not_resolved_same_day, 'base_not_resolved',
                 s.resolution_recorded AND s.notice_recorded),
                (3, 'callback_rate', s.callback_done, s.resolved, 'base_resolved', s.callback_recorded),
                (4, 'callback_within_3d_rate', s.callback_within_3d, s.resolved, 'base_resolved', s.callback_recorded),
                (5, 'customer_signed_rate', s.customer_signed, s.resolved, 'base_resolved', s.signature_recorded))
        x(ord, kpi, met, base, base_kind, recorded)
JOIN kpi_definitions k ON k.kpi = x.kpi
WHERE s.received IS NOT NULL
ORDER BY x.ord
