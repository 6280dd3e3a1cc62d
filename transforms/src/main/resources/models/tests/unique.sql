-- Failing rows: values of the column that occur more than once.
SELECT CAST({{ column }} AS STRING) AS _key
FROM {{ model }}
WHERE {{ column }} IS NOT NULL
GROUP BY {{ column }}
HAVING count(*) > 1
