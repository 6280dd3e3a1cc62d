-- Added to fixture-warehouse.sql by the half-year and annual report tests: complaints of 2026-06 (13 records, the
-- first half of 2026), so that 2026-H2 (2026-09 and 2026-10) is compared with a half that has data; callbacks,
-- visitor counts and the other exports did not arrive for June. 2025-H1 has no operational data at all.
INSERT INTO fact_complaint
SELECT printf('TS-202606-%03d', i), '2026-06', CAST(strftime(TIMESTAMP '2026-06-01 09:00' + INTERVAL (i % 28) DAY, '%Y%m%d') AS INT),
       TIMESTAMP '2026-06-01 09:00' + INTERVAL (i % 28) DAY, 1 + i % 3, 1 + i % 4, CASE WHEN i % 9 = 4 THEN 5 ELSE 1 + i % 3 END,
       1 + i % 5, 1 + i % 5, 4, 1 + i % 40, 1 + i % 4,
       CASE WHEN i % 3 <> 2 THEN TIMESTAMP '2026-06-01 15:00' + INTERVAL (i % 28) DAY END,
       NULL, NULL, NULL, NULL, 1, 1, (CASE WHEN i % 9 = 4 THEN 5 ELSE 1 + i % 3 END) <> 3, false, false,
       i % 3 <> 2, CASE WHEN i % 3 = 2 THEN false END, false, false, false,
       CASE WHEN i % 3 <> 2 THEN 6.0 END, 0,
       -- no status, category or deadline, as in fixture-warehouse.sql: the same-day rule judges the SLA
       NULL, NULL, NULL, NULL, CAST(CAST(TIMESTAMP '2026-06-01 09:00' + INTERVAL (i % 28) DAY AS DATE) AS TIMESTAMP) + INTERVAL '86399' SECOND,
       false, CASE WHEN i % 3 <> 2 THEN true END, i % 3 = 2
FROM range(0, 13) r(i);
INSERT INTO ingest_manifest VALUES
 ('complaints', '2026-06', 'complaints_2026-06.csv', 'sha', 13, 13, 0, TIMESTAMPTZ '2026-07-01 01:00:00+00', 'run-06');
