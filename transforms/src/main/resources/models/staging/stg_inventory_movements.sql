-- Stock movements and count lines of the run's period.
SELECT
  trim(movement_id)                        AS movement_id,
  period,
  upper(trim(site_code))                   AS site_code,
  lower(trim(location))                    AS location,
  upper(trim(item_code))                   AS item_code,
  lower(trim(movement_type))               AS movement_type_code,
  quantity,
  book_quantity,
  moved_at,
  upper(nullif(trim(employee_id), ''))     AS employee_id,
  lower(nullif(trim(occasion), ''))        AS occasion
FROM {{ source('inventory_movements') }}
