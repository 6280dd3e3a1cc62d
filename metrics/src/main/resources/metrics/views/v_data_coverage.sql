-- What each month's figures rest on, per site and source: whether the source's export arrived (from the ingest
-- manifests), the export's accepted and quarantined rows, the site's rows in the warehouse, and the site's days
-- without a visitor count. The reports' data-coverage box prints it.
CREATE VIEW v_data_coverage AS
WITH periods AS (
    SELECT DISTINCT period FROM v_source_periods
), site_rows AS (
    SELECT 'complaints' AS source, period, site_key, sum(complaint_count) AS n FROM fact_complaint GROUP BY ALL
    UNION ALL SELECT 'callbacks', period, site_key, sum(callback_count) FROM fact_callback GROUP BY ALL
    UNION ALL SELECT 'visitor_counts', period, site_key, count(*) FROM fact_daily_traffic GROUP BY ALL
    UNION ALL SELECT 'inventory_movements', period, site_key, count(*) FROM fact_inventory_movement GROUP BY ALL
    UNION ALL SELECT 'orders', period, site_key, count(*) FROM fact_order GROUP BY ALL
), traffic_days AS (
    SELECT period, site_key, count(DISTINCT date_key) AS days FROM fact_daily_traffic GROUP BY ALL
)
SELECT p.period,
       s.site_code, s.site_name, s.site_name_en, s.business_line,
       src.source, src.source_group, src.title_zh AS source_title_zh, src.title_en AS source_title_en,
       sp.source IS NOT NULL                                               AS loaded,
       sp.files,
       sp.accepted                                                         AS export_accepted,
       sp.quarantined                                                      AS export_quarantined,
       CASE WHEN src.source_group = 'operational' THEN coalesce(r.n, 0) END AS site_rows,
       CASE WHEN src.source = 'visitor_counts'
            THEN day(last_day(CAST(p.period || '-01' AS DATE))) - coalesce(td.days, 0) END AS traffic_days_missing
FROM periods p
CROSS JOIN dim_site s
CROSS JOIN dim_source src
LEFT JOIN v_source_periods sp ON sp.period = p.period AND sp.source = src.source
LEFT JOIN site_rows r ON r.period = p.period AND r.source = src.source AND r.site_key = s.site_key
LEFT JOIN traffic_days td ON td.period = p.period AND td.site_key = s.site_key AND src.source = 'visitor_counts'
WHERE s.site_key <> 0;
