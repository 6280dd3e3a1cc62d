-- What arrived: one row per source and period the ingest landed, from the ingest manifests published with the file.
CREATE VIEW v_source_periods AS
SELECT m.source,
       m.period,
       count(*)            AS files,
       sum(m."rows")       AS rows_read,
       sum(m.accepted)     AS accepted,
       sum(m.quarantined)  AS quarantined,
       max(m.ingested_at)  AS ingested_at
FROM ingest_manifest m
GROUP BY ALL;
