-- Failing rows: the foreign key has no member in the referenced dimension.
SELECT {{ key }} AS _key
FROM {{ model }} child
LEFT ANTI JOIN {{ to }} parent ON parent.{{ field }} = child.{{ column }}
WHERE child.{{ column }} IS NOT NULL
