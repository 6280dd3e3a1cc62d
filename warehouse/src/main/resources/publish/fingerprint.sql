-- Order-independent fingerprint of one table's contents: equal fingerprints = equal multisets of rows.
SELECT count(*) AS row_count, coalesce(sum(hash(t)::HUGEINT), 0)::VARCHAR AS content_hash FROM "{table}" AS t
