-- Failing rows: the column holds a value outside the accepted list (NULL is not_null's business).
SELECT {{ key }} AS _key
FROM {{ model }}
WHERE {{ column }} IS NOT NULL AND CAST({{ column }} AS STRING) NOT IN ({{ values }})
