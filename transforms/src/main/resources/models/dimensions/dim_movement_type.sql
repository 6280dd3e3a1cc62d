-- Movement types with their effect on stock: +1 receipt, -1 issue and shrinkage, 0 count. Labels from the
-- inventory contract; the effect on stock is this model's rule.
WITH effect AS (
  SELECT * FROM VALUES
    ('receipt', 1, false), ('issue', -1, false), ('waste', -1, true), ('expired', -1, true),
    ('breakage', -1, true), ('loss', -1, true), ('count', 0, false)
    AS t(code, stock_direction, is_shrinkage)
)
SELECT {{ surrogate_key(l.code) }} AS movement_type_key, l.code AS movement_type_code, l.label_zh AS movement_type_name_zh,
       l.label_en AS movement_type_name_en, e.stock_direction, e.is_shrinkage
FROM {{ code_labels('inventory_movements.movement_type') }} l
JOIN effect e ON e.code = l.code
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 0, false
