-- Waste rate per perishable item and site (DOMAIN 10.3 3d): quantity thrown away or expired against quantity issued,
-- in the item's own unit; consumables that were thrown away too (reusables are lent: their losses are shrinkage). DOMAIN.md section 9 sets no waste limit, so there is no target column; the note says so.
SELECT item_name AS item_zh,
       item_name_en AS item_en,
       site_name AS site_zh,
       site_name_en AS site_en,
       any_value(unit) AS unit,
       sum(issued_qty) AS issued,
       sum(wasted_qty) AS wasted,
       sum(wasted_qty) / nullif(sum(issued_qty), 0)::DOUBLE AS waste_rate,
       sum(wasted_cost) AS wasted_cost,
       CASE WHEN row_number() OVER (ORDER BY min(item_code), min(site_code)) = 1 THEN 'note.no_waste_limit' END AS note_key
FROM v_item_usage_monthly
WHERE period = :period AND is_reusable IS NOT TRUE AND (is_perishable OR wasted_qty > 0)
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY item_code, item_name, item_name_en, site_code, site_name, site_name_en
HAVING sum(issued_qty) > 0 OR sum(wasted_qty) > 0
ORDER BY item_code, site_code
