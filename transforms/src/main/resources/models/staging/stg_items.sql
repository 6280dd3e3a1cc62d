-- Item snapshots of every period.
SELECT
  upper(trim(item_code))     AS item_code,
  trim(item_name)            AS item_name,
  nullif(trim(item_name_en), '') AS item_name_en,
  lower(trim(category))      AS category,
  trim(unit)                 AS unit,
  unit_cost,
  is_perishable,
  period                     AS snapshot_period
FROM {{ source_all('items') }}
