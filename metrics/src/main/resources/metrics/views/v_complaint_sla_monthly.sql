-- SLA compliance per month, site and record type (complaints apart from suggestions and opinions), DOMAIN 2.6:
-- each rule's met count beside its base, and the rate at this grain. Counts are additive; recompute rates as
-- sum(met) / sum(base) when grouping. A rule whose input the month's export never records (no complaint of the
-- month, at any site, has a callback time or a signature time: a register without those columns) has a NULL rate
-- and callback_recorded / signature_recorded false: "not recorded", never 0 %; likewise a register with no resolution
-- time (resolution_recorded false: same-day resolution and notice unknown, their counts NULL) or no notification
-- time (notice_recorded false: same-day notice unknown). SLA met (fact_complaint.sla_met):
-- resolved by the source's own due_at where it gives one, else on the day of receipt, over the resolved records.
CREATE VIEW v_complaint_sla_monthly AS
WITH b AS (
    SELECT f.*, c.record_type, c.record_type_name_zh, c.record_type_name_en,
           s.site_code, s.site_name, s.site_name_en, s.business_line
    FROM fact_complaint f
    JOIN dim_site s ON s.site_key = f.site_key
    JOIN dim_complaint_category c ON c.complaint_category_key = f.complaint_category_key
), m AS (
    SELECT period, site_code, site_name, site_name_en, business_line, record_type, record_type_name_zh,
           record_type_name_en,
           sum(complaint_count)                                                            AS received,
           sum(CASE WHEN resolved_same_day THEN complaint_count ELSE 0 END)                AS resolved_same_day,
           sum(CASE WHEN notified_same_day IS NOT NULL THEN complaint_count ELSE 0 END)   AS not_resolved_same_day,
           sum(CASE WHEN notified_same_day THEN complaint_count ELSE 0 END)                AS notified_same_day,
           sum(CASE WHEN resolved_at IS NOT NULL THEN complaint_count ELSE 0 END)          AS resolved,
           sum(CASE WHEN resolved_at IS NOT NULL AND callback_done THEN complaint_count ELSE 0 END) AS callback_done,
           sum(CASE WHEN callback_within_3d THEN complaint_count ELSE 0 END)               AS callback_within_3d,
           sum(CASE WHEN resolved_at IS NOT NULL AND customer_signed THEN complaint_count ELSE 0 END) AS customer_signed,
           sum(CASE WHEN hours_to_resolve <= 4 THEN complaint_count ELSE 0 END)            AS resolved_within_4h,
           sum(CASE WHEN hours_to_resolve > 4 AND hours_to_resolve <= 24 THEN complaint_count ELSE 0 END) AS resolved_4h_to_24h,
           sum(CASE WHEN hours_to_resolve > 24 AND hours_to_resolve <= 72 THEN complaint_count ELSE 0 END) AS resolved_1d_to_3d,
           sum(CASE WHEN hours_to_resolve > 72 THEN complaint_count ELSE 0 END)            AS resolved_over_3d,
           sum(CASE WHEN resolved_at IS NULL THEN complaint_count ELSE 0 END)              AS unresolved,
           median(hours_to_resolve)                                                        AS median_hours_to_resolve,
           sum(CASE WHEN sla_met IS NOT NULL THEN complaint_count ELSE 0 END)              AS sla_judged,
           sum(CASE WHEN sla_met THEN complaint_count ELSE 0 END)                          AS sla_met,
           sum(CASE WHEN sla_met IS NOT NULL AND sla_due_from_source THEN complaint_count ELSE 0 END) AS sla_judged_by_source_due
    FROM b
    GROUP BY ALL
), recorded AS (
    SELECT period, count(callback_at) > 0 AS callback_recorded, count(customer_signed_at) > 0 AS signature_recorded,
           count(resolved_at) > 0 AS resolution_recorded, count(customer_notified_at) > 0 AS notice_recorded
    FROM fact_complaint
    GROUP BY period
)
SELECT m.* REPLACE (
           CASE WHEN r.resolution_recorded THEN m.resolved_same_day END                       AS resolved_same_day,
           CASE WHEN r.resolution_recorded THEN m.not_resolved_same_day END                   AS not_resolved_same_day,
           CASE WHEN r.resolution_recorded AND r.notice_recorded THEN m.notified_same_day END AS notified_same_day),
       CASE WHEN r.resolution_recorded THEN m.resolved_same_day / nullif(m.received, 0)::DOUBLE END AS resolved_same_day_rate,
       CASE WHEN r.resolution_recorded AND r.notice_recorded
            THEN m.notified_same_day / nullif(m.not_resolved_same_day, 0)::DOUBLE END             AS notified_same_day_rate,
       r.callback_recorded, r.signature_recorded, r.resolution_recorded, r.notice_recorded,
       CASE WHEN r.callback_recorded THEN callback_done / nullif(resolved, 0)::DOUBLE END      AS callback_rate,
       CASE WHEN r.callback_recorded THEN callback_within_3d / nullif(resolved, 0)::DOUBLE END AS callback_within_3d_rate,
       CASE WHEN r.signature_recorded THEN customer_signed / nullif(resolved, 0)::DOUBLE END  AS customer_signed_rate,
       sla_met / nullif(sla_judged, 0)::DOUBLE                      AS sla_met_rate
FROM m
JOIN recorded r ON r.period = m.period;
