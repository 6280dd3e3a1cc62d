-- SCD2 on unit_cost and category from the monthly snapshots (same rules as dim_customer); name, unit and
-- perishability are type 1 (latest snapshot). Category labels come from the items contract; assets and studio
-- accessories are reusable (lent, returned, counted), everything else is consumed when issued.
WITH snaps AS (
  SELECT *,
         lag(unit_cost) OVER (PARTITION BY item_code ORDER BY snapshot_period) AS prev_unit_cost,
         lag(category)  OVER (PARTITION BY item_code ORDER BY snapshot_period) AS prev_category,
         row_number()   OVER (PARTITION BY item_code ORDER BY snapshot_period) AS snapshot_no,
         row_number()   OVER (PARTITION BY item_code ORDER BY snapshot_period DESC) AS recency
  FROM {{ ref('stg_items') }}
),
starts AS (
  SELECT item_code, category, unit_cost, snapshot_period,
         row_number() OVER (PARTITION BY item_code ORDER BY snapshot_period) AS version_no
  FROM snaps
  WHERE snapshot_no = 1 OR NOT (unit_cost <=> prev_unit_cost AND category <=> prev_category)
),
versions AS (
  SELECT item_code, category, unit_cost,
         CASE WHEN version_no = 1 THEN DATE'1900-01-01' ELSE {{ first_of_period(snapshot_period) }} END AS valid_from,
         coalesce(lead({{ first_of_period(snapshot_period) }}) OVER (PARTITION BY item_code ORDER BY snapshot_period),
                  DATE'9999-12-31') AS valid_to
  FROM starts
),
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
