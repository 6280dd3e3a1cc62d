-- Every payment status x rush flag x current stage (a junk dimension for studio orders). Payment statuses are
-- labelled by the orders contract; stages are derived from the order's milestone times, so named here.
WITH payments AS (
  SELECT code AS payment_status, label_zh AS payment_status_name_zh, label_en AS payment_status_name_en
  FROM {{ code_labels('orders.payment_status') }}
),
rush AS (
  SELECT * FROM VALUES (true), (false) AS t(is_rush)
),
stages AS (
  SELECT * FROM VALUES ('ordered', '定单', 'Ordered'), ('gown_selected', '礼服挑选', 'Gown selected'),
                       ('shot', '拍摄', 'Shot'), ('selected', '选片', 'Selected'), ('picked_up', '取件', 'Picked up')
         AS t(stage, stage_name_zh, stage_name_en)
)
SELECT {{ surrogate_key(p.payment_status, r.is_rush, s.stage) }} AS order_status_key,
       p.payment_status, p.payment_status_name_zh, p.payment_status_name_en, r.is_rush, s.stage, s.stage_name_zh,
       s.stage_name_en
FROM payments p CROSS JOIN rush r CROSS JOIN stages s
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', CAST(NULL AS BOOLEAN), 'UNKNOWN', '未知', 'Unknown'
