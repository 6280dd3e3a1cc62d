-- Failing rows: the declared predicate holds.
SELECT {{ key }} AS _key
FROM {{ model }}
WHERE {{ failing_if }}
