-- yyyymmdd integer of a date or timestamp; 0 (the unknown day) when missing.
coalesce(CAST(date_format({{ arg }}, 'yyyyMMdd') AS INT), 0)
