-- Movement types with their effect on stock: +1 receipt, -1 issue and shrinkage, 0 count.
SELECT {{ surrogate_key(movement_type_code) }} AS movement_type_key, movement_type_code, movement_type_name_zh,
       movement_type_name_en, stock_direction, is_shrinkage
FROM VALUES
  ('receipt', '入库', 'Receipt', 1, false), ('issue', '出库', 'Issue', -1, false),
  ('waste', '报废', 'Waste', -1, true), ('expired', '过期', 'Expired', -1, true),
  ('breakage', '破损', 'Breakage', -1, true), ('loss', '丢失', 'Loss', -1, true),
  ('count', '盘点', 'Count', 0, false)
  AS t(movement_type_code, movement_type_name_zh, movement_type_name_en, stock_direction, is_shrinkage)
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 0, false
