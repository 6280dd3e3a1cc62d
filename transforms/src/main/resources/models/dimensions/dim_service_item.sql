-- One row per normalised service item label seen in any period's complaints or callbacks.
SELECT {{ surrogate_key(service_item_name) }} AS service_item_key, service_item_name
FROM {{ ref('stg_service_items') }}
UNION ALL
SELECT CAST(0 AS BIGINT), '未知'
