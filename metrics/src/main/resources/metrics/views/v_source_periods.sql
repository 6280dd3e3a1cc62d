-- What arrived: one row per source and period the ingest landed, from the ingest manifests published with the file,
-- for the months the warehouse holds (transformed: their checks are in dq_results). A month landed by dw ingest
-- --all-periods but not transformed yet is not "loaded": comparing with it would set this month against facts the
-- file does not have. (A file whose dq_results is empty keeps every month.)
CREATE VIEW v_source_periods AS
SELECT m.source,
       m.period,
       count(*)            AS files,
       sum(m."rows")       AS rows_read,
       sum(m.accepted)     AS accepted,
       sum(m.quarantined)  AS quarantined,
       max(m.ingested_at)  AS ingested_at
FROM ingest_manifest m
WHERE NOT EXISTS (SELECT 1 FROM dq_results) OR m.period IN (SELECT period FROM dq_results)
GROUP BY ALL;
