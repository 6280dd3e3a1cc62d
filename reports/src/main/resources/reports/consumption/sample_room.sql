-- Sample-room items (DOMAIN 10.3 3f): shoe covers and what else the sample room hands out, per site: service tickets,
-- quantity issued, broken or lost, at cost, with the quantity per sample-room visit where the site counts them.
WITH t AS (
    SELECT site_code, sum(sample_room_visits) AS sample_room_visits
    FROM v_traffic_monthly
    WHERE period = :period AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY site_code
)
SELECT u.site_name AS site_zh, u.site_name_en AS site_en,
       u.item_name AS item_zh, u.item_name_en AS item_en,
       any_value(u.unit) AS unit,
       sum(u.issue_lines) AS tickets,
       sum(u.issued_qty) AS issued,
       sum(u.broken_or_lost_qty) AS lost,
       sum(u.issue_cost) AS cost,
       any_value(t.sample_room_visits) AS sample_room_visits,
       sum(u.issued_qty) / nullif(any_value(t.sample_room_visits), 0)::DOUBLE AS per_visit
FROM v_item_usage_monthly u
LEFT JOIN t ON t.site_code = u.site_code
WHERE u.period = :period AND u.location = 'sample_room'
  AND (CAST(:site AS VARCHAR) IS NULL OR u.site_code = CAST(:site AS VARCHAR))
GROUP BY u.site_code, u.site_name, u.site_name_en, u.item_code, u.item_name, u.item_name_en
HAVING sum(u.issued_qty) > 0 OR sum(u.broken_or_lost_qty) > 0
ORDER BY u.site_code, u.item_code
