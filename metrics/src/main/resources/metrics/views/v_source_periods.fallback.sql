-- Fallback for a warehouse file without ingest_manifest (published before it existed): an operational source counts
-- as loaded for a period when its fact has rows; master data counts as loaded for every such period (the transform
-- that built the facts read it); files, rows read and quarantined are unknown (NULL), and so are master data counts.
CREATE VIEW v_source_periods AS
WITH landed AS (
    SELECT source, period, count(*) AS accepted
    FROM (
        SELECT 'complaints' AS source, period FROM fact_complaint
        UNION ALL SELECT 'callbacks', period FROM fact_callback
        UNION ALL SELECT 'visitor_counts', period FROM fact_daily_traffic
        UNION ALL SELECT 'inventory_movements', period FROM fact_inventory_movement
        UNION ALL SELECT 'orders', period FROM fact_order
    ) f
    GROUP BY ALL
)
SELECT source, period, CAST(NULL AS BIGINT) AS files, CAST(NULL AS BIGINT) AS rows_read, accepted,
       CAST(NULL AS BIGINT) AS quarantined, CAST(NULL AS TIMESTAMPTZ) AS ingested_at
FROM landed
UNION ALL
SELECT m.source, p.period, NULL, NULL, NULL, NULL, NULL
FROM dim_source m
CROSS JOIN (SELECT DISTINCT period FROM landed) p
WHERE m.source_group = 'master';
