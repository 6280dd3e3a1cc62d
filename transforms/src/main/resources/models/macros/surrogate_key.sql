-- Deterministic surrogate key from the natural key; 0 is reserved for the unknown member.
coalesce(nullif(xxhash64({{ arg }}), 0), 1)
