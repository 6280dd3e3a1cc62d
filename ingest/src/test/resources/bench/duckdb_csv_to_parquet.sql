-- DuckDB's own CSV -> Parquet on the same files the ingest benchmark lands (baseline for throughput).
-- ${csv_glob} and ${parquet_out} are substituted by IngestBenchmark.
COPY (SELECT * FROM read_csv('${csv_glob}', header = true, all_varchar = false))
TO '${parquet_out}' (FORMAT parquet);
