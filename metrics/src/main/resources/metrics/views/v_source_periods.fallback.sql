-- Fallback for a warehouse file without ingest_manifest (published before it existed): a source counts as loaded
-- for a period when its fact has rows; files, rows read and quarantined are unknown (NULL); master data unknown.
CREATE VIEW v_source_periods AS
SELECT source, period, CAST(NULL AS BIGINT) AS files, CAST(NULL AS BIGINT) AS rows_read, count(*) AS accepted,
       CAST(NULL AS BIGINT) AS quarantined, CAST(NULL AS TIMESTAMPTZ) AS ingested_at
FROM (
    SELECT 'complaints' AS source, period FROM fact_complaint
    UNION ALL SELECT 'callbacks', period FROM fact_callback
    UNION ALL SELECT 'visitor_counts', period FROM fact_daily_traffic
    UNION ALL SELECT 'inventory_movements', period FROM fact_inventory_movement
    UNION ALL SELECT 'orders', period FROM fact_order
) landed
GROUP BY ALL;
