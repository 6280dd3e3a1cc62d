-- Test warehouse following docs/star-schema.md: every table and column of the contract, with deterministic
-- generated rows for 2025-10 (last year), 2026-09 (last month) and 2026-10 (the report month).
-- 2026-12 has no rows at all (the "nothing this month" case).

CREATE TABLE dim_date AS
SELECT CAST(strftime(d, '%Y%m%d') AS INT) AS date_key, CAST(d AS DATE) AS date, year(d) AS year, quarter(d) AS quarter,
       month(d) AS month, strftime(d, '%Y-%m') AS period, day(d) AS day_of_month, weekofyear(d) AS iso_week,
       isodow(d) AS weekday,
       ['星期一','星期二','星期三','星期四','星期五','星期六','星期日'][isodow(d)] AS weekday_name_zh,
       ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][isodow(d)] AS weekday_name_en,
       ['一月','二月','三月','四月','五月','六月','七月','八月','九月','十月','十一月','十二月'][month(d)] AS month_name_zh,
       strftime(d, '%B') AS month_name_en, isodow(d) >= 6 AS is_weekend, isodow(d) >= 5 AS is_peak_staffing_day,
       CASE WHEN month(d) <= 6 THEN 1 ELSE 2 END AS half_year
FROM range(DATE '2025-01-01', DATE '2027-01-01', INTERVAL 1 DAY) t(d);

CREATE TABLE dim_site (site_key BIGINT, site_code VARCHAR, site_name VARCHAR, site_name_en VARCHAR, business_line VARCHAR,
    business_line_name_zh VARCHAR, business_line_name_en VARCHAR, city VARCHAR, company VARCHAR);
-- S03's export has no English name: English reports print its Chinese name.
INSERT INTO dim_site VALUES
 (0, 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', NULL, NULL),
 (1, 'S01', '金色影楼', 'Golden Studio', 'studio', '影楼', 'Photo studio', '广州', '示例集团'),
 (2, 'S02', '江畔售楼处', 'Riverside Sales Centre', 'sales_centre', '售楼处', 'Sales centre', '广州', '示例集团'),
 (3, 'S03', '花园物业', '花园物业', 'property', '物业', 'Property office', '佛山', '示例集团');

CREATE TABLE dim_department (dept_key BIGINT, dept_code VARCHAR, dept_name VARCHAR, dept_name_en VARCHAR, business_line VARCHAR,
    business_line_name_zh VARCHAR, business_line_name_en VARCHAR, parent_code VARCHAR);
-- 工程部 exists in the property office and the sales centre (two departments with one name).
INSERT INTO dim_department VALUES
 (0, 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', NULL),
 (1, 'MAKEUP', '化妆部', 'Makeup', 'studio', '影楼', 'Photo studio', NULL),
 (2, 'PHOTO', '摄影部', 'Photography', 'studio', '影楼', 'Photo studio', NULL),
 (3, 'DIGITAL', '数码部', 'Digital retouching', 'studio', '影楼', 'Photo studio', NULL),
 (4, 'CS', '客服部', 'Customer service', 'sales_centre', '售楼处', 'Sales centre', NULL),
 (5, 'ENG', '工程部', 'Engineering', 'property', '物业', 'Property office', NULL),
 (6, 'SC-ENG', '工程部', 'Engineering', 'sales_centre', '售楼处', 'Sales centre', NULL);

CREATE TABLE dim_employee (employee_key BIGINT, employee_id VARCHAR, employee_name VARCHAR, role VARCHAR, dept_code VARCHAR, site_code VARCHAR);
INSERT INTO dim_employee VALUES
 (0, 'UNKNOWN', '未知', NULL, NULL, NULL), (1, 'E01', '王芳', 'makeup', 'MAKEUP', 'S01'), (2, 'E02', '李强', 'photographer', 'PHOTO', 'S01'),
 (3, 'E03', '张敏', 'designer', 'DIGITAL', 'S01'), (4, 'E04', '陈静', 'cs', 'CS', 'S02'), (5, 'E05', '刘洋', 'engineer', 'ENG', 'S03');

CREATE TABLE dim_customer (customer_key BIGINT, customer_id VARCHAR, customer_name_masked VARCHAR, phone_masked VARCHAR,
    customer_type VARCHAR, membership VARCHAR, is_member BOOLEAN, member_since DATE, site_code VARCHAR,
    valid_from DATE, valid_to DATE, is_current BOOLEAN);
INSERT INTO dim_customer VALUES (0, 'UNKNOWN', '未知', NULL, NULL, 'none', false, NULL, NULL, DATE '1900-01-01', DATE '9999-12-31', true);
-- 40 customers, the first 24 members; customer C05 became a member only in 2026-10 (two SCD2 versions).
INSERT INTO dim_customer
SELECT i, printf('C%02d', i), '客*', '138****' || printf('%04d', i), 'individual',
       CASE WHEN i <= 24 THEN 'member' ELSE 'none' END, i <= 24, CASE WHEN i <= 24 THEN DATE '2025-01-01' END,
       ['S01','S02','S03'][1 + i % 3], DATE '2025-01-01', DATE '9999-12-31', true
FROM range(1, 41) t(i);
UPDATE dim_customer SET valid_from = DATE '2026-10-01' WHERE customer_key = 5;
INSERT INTO dim_customer VALUES (105, 'C05', '客*', '138****0005', 'individual', 'none', false, NULL, 'S03',
    DATE '2025-01-01', DATE '2026-10-01', false);

CREATE TABLE dim_complaint_category (complaint_category_key BIGINT, record_type VARCHAR, record_type_name_zh VARCHAR,
    record_type_name_en VARCHAR, validity VARCHAR, validity_name_zh VARCHAR, validity_name_en VARCHAR, cause_type VARCHAR,
    cause_type_name_zh VARCHAR, cause_type_name_en VARCHAR, severity VARCHAR, severity_name_zh VARCHAR,
    severity_name_en VARCHAR, is_valid BOOLEAN, is_major BOOLEAN);
INSERT INTO dim_complaint_category VALUES
 (0, 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', false, false),
 (1, 'complaint', '投诉', 'Complaint', 'valid', '投诉成立', 'Valid', 'quality', '产品质量问题', 'Product quality', 'normal', '一般', 'Normal', true, false),
 (2, 'complaint', '投诉', 'Complaint', 'valid', '投诉成立', 'Valid', 'service', '服务问题', 'Service', 'normal', '一般', 'Normal', true, false),
 (3, 'complaint', '投诉', 'Complaint', 'invalid', '投诉不能成立', 'Not valid', 'service', '服务问题', 'Service', 'normal', '一般', 'Normal', false, false),
 (4, 'complaint', '投诉', 'Complaint', 'valid', '投诉成立', 'Valid', 'quality', '产品质量问题', 'Product quality', 'major', '重大投诉', 'Major', true, true),
 (5, 'suggestion', '建议', 'Suggestion', 'valid', '投诉成立', 'Valid', 'service', '服务问题', 'Service', 'normal', '一般', 'Normal', true, false);

CREATE TABLE dim_channel (channel_key BIGINT, channel_code VARCHAR, channel_name_zh VARCHAR, channel_name_en VARCHAR);
INSERT INTO dim_channel VALUES (0, 'UNKNOWN', '未知', 'Unknown'), (1, 'phone', '电话', 'Phone'), (2, 'walk_in', '来访', 'Walk-in'),
 (3, 'parent_company', '上级公司', 'Parent company'), (4, 'media', '媒体', 'Media');

CREATE TABLE dim_satisfaction_level (satisfaction_key BIGINT, result_code VARCHAR, result_name_zh VARCHAR, result_name_en VARCHAR,
    score INT, is_reached BOOLEAN, is_satisfied BOOLEAN, needs_followup BOOLEAN);
INSERT INTO dim_satisfaction_level VALUES (0, 'UNKNOWN', '未知', 'Unknown', NULL, false, false, false),
 (1, 'satisfied', '满意', 'Satisfied', 3, true, true, false), (2, 'neutral', '一般', 'Neutral', 2, true, false, false),
 (3, 'dissatisfied', '不满意', 'Dissatisfied', 1, true, false, true), (4, 'unreachable', '未接通', 'Unreachable', NULL, false, false, true);

CREATE TABLE dim_callback_type (callback_type_key BIGINT, callback_type_code VARCHAR, callback_type_name_zh VARCHAR, callback_type_name_en VARCHAR);
INSERT INTO dim_callback_type VALUES (0, 'UNKNOWN', '未知', 'Unknown'), (1, 'routine', '例行回访', 'Routine'),
 (2, 'post_complaint', '投诉回访', 'Post-complaint'), (3, 'member', '会员回访', 'Member');

CREATE TABLE dim_service_item (service_item_key BIGINT, service_item_name VARCHAR);
INSERT INTO dim_service_item VALUES (0, '未知'), (1, '婚纱摄影'), (2, '化妆造型'), (3, '选片'), (4, '看房接待');

CREATE TABLE dim_item (item_key BIGINT, item_code VARCHAR, item_name VARCHAR, item_name_en VARCHAR, category VARCHAR,
    category_name_zh VARCHAR, category_name_en VARCHAR, is_reusable BOOLEAN, unit VARCHAR, unit_cost DECIMAL(12,2),
    is_perishable BOOLEAN, valid_from DATE, valid_to DATE, is_current BOOLEAN);
INSERT INTO dim_item VALUES
 (0, 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', NULL, NULL, 0, false, DATE '1900-01-01', DATE '9999-12-31', true),
 (1, 'TEA', '绿茶', 'Green tea', 'drink', '饮品', 'Drink', false, '杯', 2.50, false, DATE '2025-01-01', DATE '9999-12-31', true),
 (2, 'COFFEE', '咖啡', 'Coffee', 'drink', '饮品', 'Drink', false, '杯', 4.00, false, DATE '2025-01-01', DATE '9999-12-31', true),
 (3, 'FRUIT', '果盘', 'Fruit plate', 'food', '食品', 'Food', false, '盘', 18.00, true, DATE '2025-01-01', DATE '9999-12-31', true),
 (4, 'CUP', '纸杯', 'Paper cups', 'consumable', '易耗品', 'Consumable', false, '个', 0.20, false, DATE '2025-01-01', DATE '9999-12-31', true),
 (5, 'WIG', '假发', 'Wig', 'accessory', '饰品', 'Studio accessory', true, '顶', 120.00, false, DATE '2025-01-01', DATE '9999-12-31', true);

CREATE TABLE dim_movement_type (movement_type_key BIGINT, movement_type_code VARCHAR, movement_type_name_zh VARCHAR,
    movement_type_name_en VARCHAR, stock_direction INT, is_shrinkage BOOLEAN);
INSERT INTO dim_movement_type VALUES (0, 'UNKNOWN', '未知', 'Unknown', 0, false), (1, 'receipt', '入库', 'Receipt', 1, false),
 (2, 'issue', '领用', 'Issue', -1, false), (3, 'waste', '报废', 'Waste', -1, true), (4, 'expired', '过期', 'Expired', -1, true),
 (5, 'breakage', '破损', 'Breakage', -1, true), (6, 'loss', '丢失', 'Loss', -1, true), (7, 'count', '盘点', 'Stock count', 0, false);

CREATE TABLE dim_order_status (order_status_key BIGINT, payment_status VARCHAR, payment_status_name_zh VARCHAR,
    payment_status_name_en VARCHAR, is_rush BOOLEAN, stage VARCHAR, stage_name_zh VARCHAR, stage_name_en VARCHAR);
INSERT INTO dim_order_status VALUES (0, 'UNKNOWN', '未知', 'Unknown', false, 'UNKNOWN', '未知', 'Unknown');
INSERT INTO dim_order_status
SELECT row_number() OVER () , p.ps, p.psz, p.pse, r.rush, s.st, s.stz, s.ste
FROM (VALUES ('paid','已付清','Paid in full'), ('partial','部分付款','Partly paid'), ('unpaid','未付款','Unpaid')) p(ps, psz, pse)
CROSS JOIN (VALUES (false), (true)) r(rush)
CROSS JOIN (VALUES ('ordered','已下单','Ordered'), ('gown_selected','已选礼服','Gown selected'), ('shot','已拍摄','Shot'),
                   ('selected','已选片','Photos selected'), ('picked_up','已取件','Picked up')) s(st, stz, ste);

-- Facts --------------------------------------------------------------------------------------------
CREATE TABLE fact_complaint (complaint_id VARCHAR, period VARCHAR, received_date_key INT, received_at TIMESTAMP, site_key BIGINT,
    channel_key BIGINT, complaint_category_key BIGINT, responsible_dept_key BIGINT, responsible_employee_key BIGINT,
    handler_employee_key BIGINT, customer_key BIGINT, service_item_key BIGINT, resolved_at TIMESTAMP, customer_notified_at TIMESTAMP,
    customer_signed_at TIMESTAMP, callback_at TIMESTAMP, closed_at TIMESTAMP, departments_involved INT, complaint_count INT,
    is_valid BOOLEAN, is_major BOOLEAN, is_closed BOOLEAN, resolved_same_day BOOLEAN, notified_same_day BOOLEAN, callback_done BOOLEAN,
    callback_within_3d BOOLEAN, customer_signed BOOLEAN, hours_to_resolve DOUBLE, compensation_amount DECIMAL(12,2));
-- n records per month: 2026-10: 37, 2026-09: 29, 2025-10: 21; some are suggestions (category 5), the rest complaints.
-- Department 6 (the sales centre's 工程部) shares its name with the property office's department 5.
INSERT INTO fact_complaint
WITH g AS (
  SELECT m.period, m.start, i
  FROM (VALUES ('2026-10', TIMESTAMP '2026-10-01 09:00', 37), ('2026-09', TIMESTAMP '2026-09-01 09:00', 29),
               ('2025-10', TIMESTAMP '2025-10-01 09:00', 21)) m(period, start, n),
       range(0, 100) r(i)
  WHERE i < m.n)
SELECT printf('TS-%s-%03d', replace(period, '-', ''), i), period,
       CAST(strftime(start + INTERVAL (i % 28) DAY, '%Y%m%d') AS INT), start + INTERVAL (i % 28) DAY + INTERVAL (i % 7) HOUR,
       1 + i % 3, 1 + i % 4, CASE WHEN i % 11 = 0 THEN 4 WHEN i % 9 = 4 THEN 5 ELSE 1 + i % 3 END,
       CASE WHEN i % 13 = 6 THEN 6 ELSE 1 + i % 5 END, 1 + i % 5, 4, 1 + i % 40, 1 + i % 4,
       CASE WHEN i % 4 <> 3 THEN start + INTERVAL (i % 28) DAY + INTERVAL 8 HOUR
            WHEN i % 8 = 3 THEN start + INTERVAL (i % 28) DAY + INTERVAL 50 HOUR END,
       CASE WHEN i % 4 = 3 AND i % 8 <> 7 THEN start + INTERVAL (i % 28) DAY + INTERVAL 9 HOUR END,
       CASE WHEN i % 5 <> 0 THEN start + INTERVAL (i % 28) DAY + INTERVAL 10 HOUR END,
       CASE WHEN i % 6 <> 0 THEN start + INTERVAL (i % 28 + 1 + i % 5) DAY END,
       CASE WHEN i % 5 <> 0 AND i % 6 <> 0 THEN start + INTERVAL (i % 28 + 2) DAY END,
       1 + i % 2, 1,
       (CASE WHEN i % 11 = 0 THEN 4 WHEN i % 9 = 4 THEN 5 ELSE 1 + i % 3 END) <> 3, i % 11 = 0, i % 5 <> 0 AND i % 6 <> 0,
       i % 4 <> 3, CASE WHEN i % 4 = 3 THEN i % 8 <> 7 END, i % 6 <> 0,
       CASE WHEN i % 8 = 7 THEN NULL ELSE i % 6 <> 0 AND (1 + i % 5) <= 3 END, i % 5 <> 0,
       CASE WHEN i % 4 <> 3 THEN [2.0, 8.0, 6.0][1 + i % 4] WHEN i % 8 = 3 THEN 50.0 END, CASE WHEN i % 11 = 0 THEN 200.00 ELSE 0 END
FROM g;

CREATE TABLE fact_callback (callback_id VARCHAR, period VARCHAR, callback_date_key INT, callback_at TIMESTAMP, service_date_key INT,
    site_key BIGINT, customer_key BIGINT, service_item_key BIGINT, provider_dept_key BIGINT, provider_employee_key BIGINT,
    caller_employee_key BIGINT, callback_type_key BIGINT, channel_key BIGINT, satisfaction_key BIGINT, callback_count INT,
    is_member BOOLEAN, is_reached BOOLEAN, is_satisfied BOOLEAN, satisfaction_score INT, days_from_service INT, within_3_days BOOLEAN,
    dissatisfied_aspect VARCHAR, suggestion VARCHAR, related_complaint_id VARCHAR);
INSERT INTO fact_callback
WITH g AS (
  SELECT m.period, m.start, i FROM (VALUES ('2026-10', TIMESTAMP '2026-10-01 15:00', 50), ('2026-09', TIMESTAMP '2026-09-01 15:00', 30)) m(period, start, n),
       range(0, 100) r(i) WHERE i < m.n),
h AS (SELECT *, CASE WHEN i % 10 = 9 THEN 4 WHEN i % 7 = 3 THEN 3 WHEN i % 4 = 1 THEN 2 ELSE 1 END AS sat,
             2 + (i * 2) % 38 AS cust FROM g)
SELECT printf('CB-%s-%03d', replace(period, '-', ''), i), period, CAST(strftime(start + INTERVAL (i % 28) DAY, '%Y%m%d') AS INT),
       start + INTERVAL (i % 28) DAY, CAST(strftime(start + INTERVAL (i % 28) DAY - INTERVAL (i % 6) DAY, '%Y%m%d') AS INT),
       1 + cust % 3, cust, 1 + i % 4, 1 + i % 3, 1 + i % 3, 4, 1 + i % 3, 1, sat, 1, cust <= 24, sat <> 4, sat = 1,
       [3, 2, 1, NULL][sat], i % 6, i % 6 <= 3,
       CASE WHEN sat = 3 THEN ['等待时间长', '服务态度', '照片质量'][1 + i % 3] END,
       CASE WHEN i % 9 = 0 THEN ['希望增加停车位，谢谢。', '=HYPERLINK("x")', '希望延长营业时间（周末）'][1 + (i // 9) % 3] END, NULL
FROM h;

-- The studio S01 records visit purposes and what became of its shoot enquiries (booked, or lost with a reason); the
-- other sites leave those columns empty.
CREATE TABLE fact_daily_traffic (period VARCHAR, date_key INT, site_key BIGINT, calls INT, visits INT, first_time_visits INT,
    sample_room_visits INT, vip_visitors INT, staff_on_duty INT, shoot_enquiry_visits INT, proof_viewing_visits INT,
    pickup_visits INT, bookings INT, lost_price INT, lost_comparing INT, lost_schedule INT, lost_other INT);
INSERT INTO fact_daily_traffic
WITH t AS (
  SELECT d, s, 3 + day(d) % 4 AS shoot, 1 + day(d) % 3 AS booked
  FROM range(DATE '2026-09-01', DATE '2026-11-01', INTERVAL 1 DAY) t(d), range(1, 4) u(s))
SELECT strftime(d, '%Y-%m'), CAST(strftime(d, '%Y%m%d') AS INT), s, 5 + (day(d) * s) % 7, 8 + (day(d) + s) % 9 + CASE WHEN isodow(d) >= 6 THEN 6 ELSE 0 END,
       3 + day(d) % 4, CASE WHEN s = 2 THEN 2 + day(d) % 3 ELSE 0 END, day(d) % 3, CASE WHEN isodow(d) >= 5 THEN 3 ELSE 2 END,
       CASE WHEN s = 1 THEN shoot END, CASE WHEN s = 1 THEN 2 + day(d) % 3 END, CASE WHEN s = 1 THEN day(d) % 2 END,
       CASE WHEN s = 1 THEN booked END, CASE WHEN s = 1 THEN (shoot - booked) // 2 END,
       CASE WHEN s = 1 THEN (shoot - booked) - (shoot - booked) // 2 - CASE WHEN day(d) % 5 = 0 AND shoot - booked >= 2 THEN 1 ELSE 0 END END,
       CASE WHEN s = 1 THEN CASE WHEN day(d) % 5 = 0 AND shoot - booked >= 2 THEN 1 ELSE 0 END END, CASE WHEN s = 1 THEN 0 END
FROM t;

CREATE TABLE fact_inventory_movement (movement_id VARCHAR, period VARCHAR, date_key INT, moved_at TIMESTAMP, site_key BIGINT, item_key BIGINT,
    location VARCHAR, movement_type_key BIGINT, employee_key BIGINT, occasion VARCHAR, quantity DOUBLE, signed_quantity DOUBLE,
    unit_cost DECIMAL(12,2), cost_amount DECIMAL(12,2), receipt_qty DOUBLE, issue_qty DOUBLE, waste_qty DOUBLE, expired_qty DOUBLE,
    breakage_qty DOUBLE, loss_qty DOUBLE, counted_qty DOUBLE, book_qty DOUBLE, variance_qty DOUBLE);
INSERT INTO fact_inventory_movement
WITH g AS (
  SELECT '2026-10' AS period, TIMESTAMP '2026-10-01 10:00' + INTERVAL (i % 31) DAY AS mat, i, 1 + i % 3 AS site, 1 + i % 5 AS item,
         CASE WHEN i % 10 = 0 THEN 1 WHEN i % 13 = 0 THEN 3 + (i / 13) % 4 WHEN i % 17 = 0 THEN 7 ELSE 2 END AS mt
  FROM range(0, 120) r(i)),
c AS (SELECT g.*, u.unit_cost, CASE WHEN mt = 7 THEN 0 ELSE 1 + i % 6 END AS qty FROM g JOIN dim_item u ON u.item_key = g.item)
SELECT printf('MV-%04d', i), period, CAST(strftime(mat, '%Y%m%d') AS INT), mat, site, item, ['water_bar', 'sample_room', 'meeting_room'][1 + i % 3], mt, 4,
       CASE WHEN i % 4 = 0 THEN 'meeting' WHEN i % 4 = 1 THEN 'walk_in' WHEN i % 4 = 2 THEN 'internal' END,
       qty, qty * (SELECT stock_direction FROM dim_movement_type WHERE movement_type_key = mt), unit_cost,
       CASE WHEN mt = 7 THEN ((i % 3) - 1) * unit_cost ELSE qty * unit_cost END,
       CASE WHEN mt = 1 THEN qty ELSE 0 END, CASE WHEN mt = 2 THEN qty ELSE 0 END, CASE WHEN mt = 3 THEN qty ELSE 0 END,
       CASE WHEN mt = 4 THEN qty ELSE 0 END, CASE WHEN mt = 5 THEN qty ELSE 0 END, CASE WHEN mt = 6 THEN qty ELSE 0 END,
       CASE WHEN mt = 7 THEN 20 + (i % 3) - 1 END, CASE WHEN mt = 7 THEN 20 END, CASE WHEN mt = 7 THEN (i % 3) - 1 ELSE 0 END
FROM c;

CREATE TABLE fact_order (order_id VARCHAR, period VARCHAR, order_date_key INT, ordered_at TIMESTAMP, site_key BIGINT, customer_key BIGINT,
    order_status_key BIGINT, package VARCHAR, shoot_location VARCHAR, amount DECIMAL(12,2), paid DECIMAL(12,2), outstanding DECIMAL(12,2),
    addon_amount DECIMAL(12,2), photos_selected INT, is_rush BOOLEAN, gown_selected_at TIMESTAMP, shot_at TIMESTAMP, selected_at TIMESTAMP,
    picked_up_at TIMESTAMP, days_order_to_shoot INT, days_shoot_to_selection INT, days_selection_to_pickup INT);
INSERT INTO fact_order
WITH g AS (SELECT i, 1 + (i % 3) * 10 + (CASE WHEN i % 7 = 0 THEN 5 ELSE 0 END) + i % 5 AS status_key FROM range(0, 18) r(i)),
s AS (SELECT g.*, os.payment_status, os.is_rush FROM g JOIN dim_order_status os ON os.order_status_key = g.status_key)
SELECT printf('OD-%03d', i), '2026-10', CAST(strftime(DATE '2026-10-02' + INTERVAL (i) DAY, '%Y%m%d') AS INT),
       TIMESTAMP '2026-10-02 11:00' + INTERVAL (i) DAY, 1, 1 + i % 40, status_key, ['经典套系', '豪华套系', '旅拍套系'][1 + i % 3],
       ['室内', '外景', '海景'][1 + i % 3], 3000 + 500 * (i % 4),
       CASE payment_status WHEN 'paid' THEN 3000 + 500 * (i % 4) WHEN 'partial' THEN 1000 ELSE 0 END,
       CASE payment_status WHEN 'paid' THEN 0 WHEN 'partial' THEN 2000 + 500 * (i % 4) ELSE 3000 + 500 * (i % 4) END,
       100 * (i % 3), 20 + i, is_rush, NULL, NULL, NULL, NULL, 10, 5, 7
FROM s;

-- Improvement countermeasures (整改措施) of 2026-10: S01's makeup department twice (one without owner or due date),
-- S02's customer service once; the unknown department 0 once.
CREATE TABLE fact_countermeasure (countermeasure_id VARCHAR, period VARCHAR, recorded_date_key INT, site_key BIGINT,
    responsible_dept_key BIGINT, cause_type VARCHAR, countermeasure VARCHAR, owner_employee_key BIGINT, due_date DATE);
INSERT INTO fact_countermeasure VALUES
 ('ZG-01', '2026-10', 20261025, 1, 1, 'service', '化妆师上岗前复核预约时间，迟到者当月通报。', 1, DATE '2026-11-10'),
 ('ZG-02', '2026-10', 20261025, 1, 1, 'quality', '成片交付前增加一次质检。', 0, NULL),
 ('ZG-03', '2026-10', 20261026, 2, 4, 'service', '接待高峰增派一名人员，等候超过10分钟主动致歉。', 4, DATE '2026-11-20'),
 ('ZG-04', '2026-10', 20261027, 3, 0, NULL, '加强巡查', 5, DATE '2026-11-30');

CREATE TABLE dq_results (run_id VARCHAR, period VARCHAR, model VARCHAR, check_name VARCHAR, severity VARCHAR, status VARCHAR,
    failing_rows BIGINT, sample_keys VARCHAR, checked_at TIMESTAMP);
-- What arrived (the ingest manifests as published): complaints also for 2025-10, orders only for 2026-10, nothing at
-- all for 2026-12.
CREATE TABLE ingest_manifest (source VARCHAR, period VARCHAR, file VARCHAR, sha256 VARCHAR, "rows" BIGINT, accepted BIGINT,
    quarantined BIGINT, ingested_at TIMESTAMPTZ, run_id VARCHAR);
INSERT INTO ingest_manifest
SELECT s.source, p.period, s.source || '_' || p.period || '.csv', 'sha', 100, 97, 3, TIMESTAMPTZ '2026-11-01 01:00:00+00', 'run-1'
FROM (VALUES ('sites'), ('departments'), ('employees'), ('customers'), ('items'), ('complaints'), ('callbacks'),
             ('visitor_counts')) s(source),
     (VALUES ('2026-09'), ('2026-10')) p(period)
UNION ALL SELECT 'complaints', '2025-10', 'complaints_2025-10.csv', 'sha', 21, 21, 0, TIMESTAMPTZ '2025-11-01 01:00:00+00', 'run-0'
UNION ALL SELECT 'inventory_movements', '2026-10', 'inventory_2026-10.csv', 'sha', 125, 120, 5, TIMESTAMPTZ '2026-11-01 01:00:00+00', 'run-1'
-- September's inventory export arrived with no movements at all: a month with data that happens to be zero.
UNION ALL SELECT 'inventory_movements', '2026-09', 'inventory_2026-09.csv', 'sha', 0, 0, 0, TIMESTAMPTZ '2026-10-01 01:00:00+00', 'run-0'
UNION ALL SELECT 'orders', '2026-10', 'orders_2026-10.csv', 'sha', 18, 18, 0, TIMESTAMPTZ '2026-11-01 01:00:00+00', 'run-1'
UNION ALL SELECT 'countermeasures', '2026-10', 'countermeasures_2026-10.csv', 'sha', 4, 4, 0, TIMESTAMPTZ '2026-11-01 01:00:00+00', 'run-1';

CREATE TABLE code_labels (source VARCHAR, field VARCHAR, code VARCHAR, label_zh VARCHAR, label_en VARCHAR);
INSERT INTO code_labels VALUES
 ('inventory_movements', 'location', 'water_bar', '水吧', 'Water bar'), ('inventory_movements', 'location', 'sample_room', '样板间', 'Sample room'),
 ('inventory_movements', 'location', 'meeting_room', '会议室', 'Meeting room'),
 ('inventory_movements', 'occasion', 'walk_in', '散客接待', 'Walk-in guests'), ('inventory_movements', 'occasion', 'meeting', '会务', 'Meeting'),
 ('inventory_movements', 'occasion', 'vip', '贵宾接待', 'VIP reception'), ('inventory_movements', 'occasion', 'internal', '内部使用', 'Internal use'),
 ('countermeasures', 'cause_type', 'quality', '产品质量问题', 'Product quality'), ('countermeasures', 'cause_type', 'service', '服务问题', 'Service'),
 ('countermeasures', 'cause_type', 'other', '其他', 'Other');

CREATE TABLE dim_source (source VARCHAR, source_group VARCHAR, title_zh VARCHAR, title_en VARCHAR);
INSERT INTO dim_source VALUES ('sites', 'master', '门店/项目主数据', 'Sites'), ('departments', 'master', '部门主数据', 'Departments'),
 ('employees', 'master', '员工主数据', 'Employees'), ('customers', 'master', '客户主数据', 'Customers'), ('items', 'master', '物品主数据', 'Items'),
 ('complaints', 'operational', '顾客投诉登记表', 'Customer complaints'), ('callbacks', 'operational', '回访记录表', 'Customer callbacks'),
 ('visitor_counts', 'operational', '每日来电来访统计', 'Daily visitor counts'),
 ('inventory_movements', 'operational', '物品出入库及盘点记录', 'Inventory movements and counts'), ('orders', 'operational', '影楼订单', 'Studio orders'),
 ('countermeasures', 'operational', '整改措施', 'Improvement countermeasures');

CREATE TABLE publish_info (run_id VARCHAR, period VARCHAR, published_at TIMESTAMP, source_fingerprint VARCHAR);
INSERT INTO publish_info VALUES ('run-20261101-0001', '2026-10', TIMESTAMP '2026-11-01 02:00', 'sha256:abc');

-- A complaint system's fields (fact_complaint.status ... is_open): this fixture's registers have no status, category
-- or deadline, so the same-day rule judges the SLA and open means neither resolved nor closed.
ALTER TABLE fact_complaint ADD COLUMN status VARCHAR;
ALTER TABLE fact_complaint ADD COLUMN category_name VARCHAR;
ALTER TABLE fact_complaint ADD COLUMN subcategory_name VARCHAR;
ALTER TABLE fact_complaint ADD COLUMN due_at TIMESTAMP;
ALTER TABLE fact_complaint ADD COLUMN sla_due_at TIMESTAMP;
ALTER TABLE fact_complaint ADD COLUMN sla_due_from_source BOOLEAN;
ALTER TABLE fact_complaint ADD COLUMN sla_met BOOLEAN;
ALTER TABLE fact_complaint ADD COLUMN is_open BOOLEAN;
UPDATE fact_complaint SET sla_due_at = CAST(CAST(received_at AS DATE) AS TIMESTAMP) + INTERVAL '86399' SECOND,
    sla_due_from_source = false,
    sla_met = CASE WHEN resolved_at IS NULL THEN NULL ELSE CAST(resolved_at AS DATE) = CAST(received_at AS DATE) END,
    is_open = resolved_at IS NULL AND closed_at IS NULL;
