-- DuckDB-only baseline of the monthly aggregations: the questions the analyst views answer
-- (metrics module, metrics/views/*.sql), computed straight from the raw zone's Parquet of one period, materialised
-- as tables in a DuckDB file. No surrogate keys, SCD2 dimensions or data-quality checks: this is the
-- lower bound the Spark transforms + DuckDB publish are compared with.
-- {raw} is the raw zone folder, {period} the partition (period=YYYY-MM). Statements end with ';' on a line end.
CREATE OR REPLACE TABLE b_complaint_monthly_classification AS
SELECT site_code, record_type, cause_type, responsible_dept_code, severity, validity, channel,
       count(*) AS complaints
FROM read_parquet('{raw}/complaints/{period}/*.parquet')
GROUP BY ALL;
CREATE OR REPLACE TABLE b_complaint_sla_monthly AS
SELECT site_code, responsible_dept_code,
       count(*) AS complaints,
       count(*) FILTER (WHERE CAST(resolved_at AS DATE) = CAST(received_at AS DATE)) AS resolved_same_day,
       count(*) FILTER (WHERE CAST(customer_notified_at AS DATE) = CAST(received_at AS DATE)) AS notified_same_day,
       avg(date_diff('minute', received_at, resolved_at)) AS avg_minutes_to_resolve
FROM read_parquet('{raw}/complaints/{period}/*.parquet')
GROUP BY ALL;
CREATE OR REPLACE TABLE b_satisfaction_by_service_item AS
SELECT site_code, service_item, provider_dept_code,
       count(*) AS callbacks_reached,
       count(*) FILTER (WHERE result = 'satisfied') AS satisfied,
       count(*) FILTER (WHERE result = 'neutral') AS neutral,
       count(*) FILTER (WHERE result = 'dissatisfied') AS dissatisfied
FROM read_parquet('{raw}/callbacks/{period}/*.parquet')
WHERE result <> 'unreachable'
GROUP BY ALL;
CREATE OR REPLACE TABLE b_member_callback_coverage AS
SELECT site_code,
       count(DISTINCT customer_id) FILTER (WHERE is_member) AS members_called,
       count(*) FILTER (WHERE is_member AND result <> 'unreachable') AS member_callbacks_reached,
       count(*) AS callbacks
FROM read_parquet('{raw}/callbacks/{period}/*.parquet')
GROUP BY ALL;
CREATE OR REPLACE TABLE b_consumption_per_visitor AS
WITH issued AS (
    SELECT site_code, sum(quantity) AS issued_qty
    FROM read_parquet('{raw}/inventory_movements/{period}/*.parquet')
    WHERE movement_type = 'issue'
    GROUP BY ALL),
visits AS (
    SELECT site_code, sum(visits) AS visits, sum(calls) AS calls
    FROM read_parquet('{raw}/visitor_counts/{period}/*.parquet')
    GROUP BY ALL)
SELECT v.site_code, v.visits, v.calls, i.issued_qty, i.issued_qty / nullif(v.visits, 0) AS issued_per_visit
FROM visits v LEFT JOIN issued i USING (site_code);
CREATE OR REPLACE TABLE b_stock_variance_and_waste AS
SELECT site_code, location, item_code, movement_type,
       count(*) AS lines, sum(quantity) AS quantity,
       sum(quantity - book_quantity) FILTER (WHERE movement_type = 'count') AS count_variance
FROM read_parquet('{raw}/inventory_movements/{period}/*.parquet')
GROUP BY ALL;
CREATE OR REPLACE TABLE b_order_pipeline AS
SELECT site_code, package, payment_status,
       count(*) AS orders, sum(amount) AS amount, sum(paid) AS paid,
       count(shot_at) AS shot, count(selected_at) AS selected, count(picked_up_at) AS picked_up,
       sum(addon_amount) AS addon_amount
FROM read_parquet('{raw}/orders/{period}/*.parquet')
GROUP BY ALL;
CHECKPOINT;
