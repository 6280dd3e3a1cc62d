-- Stock-count lines whose counted quantity differs from the book quantity (v_stock_count_lines).
SELECT strftime(moved_at, '%Y-%m-%d') AS counted_on,
       site_name AS site_zh,
       site_name_en AS site_en,
       location_name_zh AS location_zh,
       location_name_en AS location_en,
       item_name AS item_zh,
       item_name_en AS item_en,
       book_qty,
       counted_qty,
       variance_qty,
       variance_cost
FROM v_stock_count_lines
WHERE period = :period AND variance_qty <> 0
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
ORDER BY moved_at, site_code, item_code
LIMIT 40
