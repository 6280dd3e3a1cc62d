-- One row describing this published version (reports print its run_id on every page).
CREATE TABLE publish_info AS
SELECT ?::VARCHAR AS run_id, ?::VARCHAR AS period, ?::TIMESTAMPTZ AS published_at, ?::VARCHAR AS tables_fingerprint
