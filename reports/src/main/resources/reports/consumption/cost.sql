-- Cost of the month by movement type: receipts, consumption and shrinkage at their cost; for stock counts the
-- variance (counted - book) and its cost, not the value of the stock counted (that is not a cost of the month).
SELECT CASE WHEN movement_type_code = 'count' THEN '盘点差异' ELSE movement_type_name_zh END AS movement_type_zh,
       CASE WHEN movement_type_code = 'count' THEN 'Count variance' ELSE movement_type_name_en END AS movement_type_en,
       sum(movements) AS movements,
       CASE WHEN movement_type_code = 'count' THEN sum(variance_cost)
            WHEN movement_type_code = 'receipt' THEN sum(receipt_cost)
            WHEN movement_type_code = 'issue' THEN sum(issue_cost)
            ELSE sum(shrinkage_cost) END AS cost
FROM v_inventory_monthly
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY movement_type_code, movement_type_name_zh, movement_type_name_en
ORDER BY CASE movement_type_code WHEN 'receipt' THEN 1 WHEN 'issue' THEN 2 WHEN 'waste' THEN 3 WHEN 'expired' THEN 4
              WHEN 'breakage' THEN 5 WHEN 'loss' THEN 6 WHEN 'count' THEN 7 ELSE 8 END
