-- The run ledger as it stood at publish time, so analysts can see which runs produced what.
CREATE TABLE run_ledger AS
SELECT * FROM read_json({ledger}, format = 'newline_delimited', columns = {
    run_id: 'VARCHAR', task: 'VARCHAR', period: 'VARCHAR', started_at: 'TIMESTAMPTZ', ended_at: 'TIMESTAMPTZ',
    status: 'VARCHAR', rows_in: 'BIGINT', accepted: 'BIGINT', quarantined: 'BIGINT',
    input_checksums: 'MAP(VARCHAR, VARCHAR)', message: 'VARCHAR'})
