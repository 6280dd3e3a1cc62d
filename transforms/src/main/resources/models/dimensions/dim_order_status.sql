-- Every payment status x rush flag x current stage (a junk dimension for studio orders).
WITH payments AS (
  SELECT * FROM VALUES ('paid', '已付清'), ('partial', '部分付款'), ('unpaid', '未付款') AS t(payment_status, payment_status_name_zh)
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
       p.payment_status, p.payment_status_name_zh, r.is_rush, s.stage, s.stage_name_zh, s.stage_name_en
FROM payments p CROSS JOIN rush r CROSS JOIN stages s
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', CAST(NULL AS BOOLEAN), 'UNKNOWN', '未知', 'Unknown'
