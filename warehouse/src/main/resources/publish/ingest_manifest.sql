-- One row per input file of every ingest in the lake (from the manifests; filled by IngestManifestTable).
CREATE TABLE ingest_manifest (
    source VARCHAR, period VARCHAR, file VARCHAR, sha256 VARCHAR, bytes BIGINT, encoding VARCHAR,
    rows BIGINT, accepted BIGINT, quarantined BIGINT, duplicate_of VARCHAR, ingested_at TIMESTAMPTZ, run_id VARCHAR)
