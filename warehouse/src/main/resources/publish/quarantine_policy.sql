-- Which sources' raw text may be published (filled from the source contracts by QuarantineTable).
CREATE TEMP TABLE quarantine_policy (source VARCHAR, has_personal_data BOOLEAN);
CREATE TEMP TABLE personal_fields (source VARCHAR, field VARCHAR)
