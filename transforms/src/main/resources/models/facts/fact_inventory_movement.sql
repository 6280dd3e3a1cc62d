-- Transaction: one row per stock movement or count line of the period. Cost uses the item version valid when the
-- movement happened; quantities are split by movement type so reports can sum them directly.
WITH m AS (
  SELECT * FROM {{ ref('stg_inventory_movements') }}
)
SELECT
  m.movement_id,
  m.period,
  {{ date_key(m.moved_at) }}                                 AS date_key,
  m.moved_at,
  coalesce(s.site_key, 0)                                    AS site_key,
  coalesce(i.item_key, 0)                                    AS item_key,
  m.location,
  coalesce(mt.movement_type_key, 0)                          AS movement_type_key,
  coalesce(e.employee_key, 0)                                AS employee_key,
  m.occasion,
  m.quantity,
  CAST(m.quantity * coalesce(mt.stock_direction, 0) AS DECIMAL(18, 2)) AS signed_quantity,
  i.unit_cost,
  CAST(m.quantity * i.unit_cost AS DECIMAL(18, 2))           AS cost_amount,
  CASE WHEN m.movement_type_code = 'receipt'  THEN m.quantity ELSE 0 END AS receipt_qty,
  CASE WHEN m.movement_type_code = 'issue'    THEN m.quantity ELSE 0 END AS issue_qty,
  CASE WHEN m.movement_type_code = 'waste'    THEN m.quantity ELSE 0 END AS waste_qty,
  CASE WHEN m.movement_type_code = 'expired'  THEN m.quantity ELSE 0 END AS expired_qty,
  CASE WHEN m.movement_type_code = 'breakage' THEN m.quantity ELSE 0 END AS breakage_qty,
  CASE WHEN m.movement_type_code = 'loss'     THEN m.quantity ELSE 0 END AS loss_qty,
  CASE WHEN m.movement_type_code = 'count'    THEN m.quantity END        AS counted_qty,
  CASE WHEN m.movement_type_code = 'count'    THEN m.book_quantity END   AS book_qty,
  CASE WHEN m.movement_type_code = 'count'    THEN m.quantity - m.book_quantity END AS variance_qty
FROM m
LEFT JOIN {{ ref('dim_site') }} s           ON s.site_code = m.site_code
LEFT JOIN {{ ref('dim_item') }} i
       ON i.item_code = m.item_code
      AND to_date(m.moved_at) >= i.valid_from AND to_date(m.moved_at) < i.valid_to
LEFT JOIN {{ ref('dim_movement_type') }} mt ON mt.movement_type_code = m.movement_type_code
LEFT JOIN {{ ref('dim_employee') }} e       ON e.employee_id = m.employee_id
