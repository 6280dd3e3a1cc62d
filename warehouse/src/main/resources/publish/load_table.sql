-- Materialises one mart as a table of the new warehouse file. {table}, {source} are filled in by DuckDbPublisher:
-- {source} is a read_parquet(...) call over the mart's files (hive-partitioned by period for facts).
CREATE TABLE "{table}" AS SELECT * FROM {source}
