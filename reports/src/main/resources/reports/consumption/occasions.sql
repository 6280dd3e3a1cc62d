-- Issues by occasion, which shows meeting / VIP hospitality (茶水出单) next to walk-in and internal use.
SELECT coalesce(occasion_name_zh, '未注明') AS occasion_zh,
       coalesce(occasion_name_en, 'Not stated') AS occasion_en,
       sum(movements) AS movements,
       sum(issue_cost) AS cost
FROM v_inventory_monthly
WHERE period = :period AND movement_type_code = 'issue'
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
GROUP BY occasion, occasion_name_zh, occasion_name_en
ORDER BY cost DESC, occasion
