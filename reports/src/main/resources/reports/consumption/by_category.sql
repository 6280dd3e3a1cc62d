-- What was issued (consumption) by item category and site, with the share of the month's issue cost; reusables
-- (assets, studio accessories) are marked, as they are lent, not used up.
SELECT category_name_zh AS category_zh,
       category_name_en AS category_en,
       site_name AS site_zh,
       site_name_en AS site_en,
       sum(issue_cost) AS cost,
       sum(issue_cost) / nullif(sum(sum(issue_cost)) OVER (), 0)::DOUBLE AS share,
       CASE WHEN bool_or(is_reusable) THEN 'reusable' ELSE 'consumable' END AS kind
FROM v_inventory_monthly
WHERE period = :period AND movement_type_code = 'issue'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY category, category_name_zh, category_name_en, site_code, site_name, site_name_en
ORDER BY category, site_code
