CREATE TABLE run_ledger (run_id VARCHAR, task VARCHAR, period VARCHAR, started_at TIMESTAMPTZ, ended_at TIMESTAMPTZ,
    status VARCHAR, rows_in BIGINT, accepted BIGINT, quarantined BIGINT, input_checksums MAP(VARCHAR, VARCHAR), message VARCHAR)
