-- SCD2 on unit_cost and category from the monthly snapshots (macro scd2_versions, as dim_customer); name, unit and
-- perishability are type 1 (latest snapshot). Category labels come from the items contract; assets and studio
-- accessories are reusable (lent, returned, counted), everything else is consumed when issued.
WITH snaps AS (
  SELECT *, row_number() OVER (PARTITION BY item_code ORDER BY snapshot_period DESC) AS recency
  FROM {{ ref('stg_items') }}
),
versions AS {{ scd2_versions(snaps, item_code, 'unit_cost, category') }},
latest AS (
  SELECT * FROM snaps WHERE recency = 1
)
SELECT
  {{ surrogate_key(v.item_code, v.valid_from) }} AS item_key,
  v.item_code,
  l.item_name,
  coalesce(l.item_name_en, l.item_name)          AS item_name_en,
  v.category,
  {{ code_label('items.category', 'zh-CN', v.category) }} AS category_name_zh,
  {{ code_label('items.category', 'en', v.category) }}    AS category_name_en,
  v.category IN ('asset', 'accessory')           AS is_reusable,
  l.unit,
  v.unit_cost,
  l.is_perishable,
  v.valid_from,
  v.valid_to,
  v.valid_to = DATE'9999-12-31'                  AS is_current
FROM versions v
JOIN latest l ON l.item_code = v.item_code
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', CAST(NULL AS BOOLEAN), NULL, CAST(NULL AS DECIMAL(18,2)), NULL,
       DATE'1900-01-01', DATE'9999-12-31', true
