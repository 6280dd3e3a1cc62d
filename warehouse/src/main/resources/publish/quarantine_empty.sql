-- The quarantine table when the lake has no rejected rows (same columns as quarantine.sql).
CREATE TABLE quarantine (source VARCHAR, period VARCHAR, file VARCHAR, line BIGINT, reason VARCHAR, field VARCHAR,
    detail VARCHAR, raw_text VARCHAR, raw_text_withheld BOOLEAN)
