-- The month's studio orders by their current stage, in process order.
SELECT stage_name_zh AS stage_zh,
       stage_name_en AS stage_en,
       sum(orders) AS orders,
       sum(rush_orders) AS rush,
       sum(amount) AS amount,
       sum(outstanding) AS outstanding
FROM v_order_pipeline
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY stage, stage_name_zh, stage_name_en
ORDER BY CASE stage WHEN 'ordered' THEN 1 WHEN 'gown_selected' THEN 2 WHEN 'shot' THEN 3
                    WHEN 'selected' THEN 4 WHEN 'picked_up' THEN 5 ELSE 9 END
