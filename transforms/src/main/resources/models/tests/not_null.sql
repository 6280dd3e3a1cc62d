-- Failing rows: the column is NULL.
SELECT {{ key }} AS _key
FROM {{ model }}
WHERE {{ column }} IS NULL
