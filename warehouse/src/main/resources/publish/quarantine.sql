-- Every rejected row of the lake's quarantine, for analysts. {quarantine} is a read_parquet(...) over
-- <source>/period=YYYY-MM/*.parquet with filename = true. Personal data stays in the lake: the raw text of a source
-- whose contract declares personal fields (or that no contract describes) is withheld, and so is the detail of a
-- rejection on a personal field; quarantine_policy and personal_fields are temp tables from the source contracts.
CREATE TABLE quarantine AS
WITH rejected AS (
    SELECT regexp_extract(filename, '([^/]+)/period=[^/]+/[^/]+$', 1) AS source, period,
           _source_file, _source_line, raw_text, reason_code, reason_field, reason_detail
    FROM {quarantine}
)
SELECT r.source, r.period, r._source_file AS file, r._source_line AS line,
       r.reason_code AS reason, r.reason_field AS field,
       CASE WHEN f.field IS NULL THEN r.reason_detail END                AS detail,
       CASE WHEN p.has_personal_data = false THEN r.raw_text END          AS raw_text,
       coalesce(p.has_personal_data, true) AND r.raw_text IS NOT NULL     AS raw_text_withheld
FROM rejected r
LEFT JOIN quarantine_policy p ON p.source = r.source
LEFT JOIN personal_fields f ON f.source = r.source AND f.field = r.reason_field
ORDER BY r.source, r.period, r._source_file, r._source_line, r.raw_text
