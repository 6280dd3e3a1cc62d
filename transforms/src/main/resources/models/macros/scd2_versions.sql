-- SCD2 versions from monthly snapshots (the one pattern of every SCD2 dimension; rules in dimensions/_models.yml).
-- Arguments: the snapshots relation (one row per key and snapshot_period), the natural key column, the tracked
-- columns ('a, b'). A key's first snapshot opens its first version, valid from 1900-01-01 (facts dated before the
-- key's first snapshot, late-arriving master data, still find it); a later snapshot opens a version when a tracked
-- column differs from the previous snapshot (null-safe), valid from the first of its month; identical consecutive
-- snapshots collapse. valid_to is exclusive: the next version's valid_from, else 9999-12-31. Every column of the
-- snapshot that opened the version is kept.
SELECT starts.*,
       CASE WHEN version_no = 1 THEN DATE'1900-01-01' ELSE {{ first_of_period(snapshot_period) }} END AS valid_from,
       coalesce(lead({{ first_of_period(snapshot_period) }}) OVER (PARTITION BY {{ arg2 }} ORDER BY snapshot_period),
                DATE'9999-12-31') AS valid_to
FROM (
  SELECT changes.*, row_number() OVER (PARTITION BY {{ arg2 }} ORDER BY snapshot_period) AS version_no
  FROM (
    SELECT snapshots.*,
           row_number() OVER (PARTITION BY {{ arg2 }} ORDER BY snapshot_period) AS snapshot_no,
           lag(struct({{ arg3 }})) OVER (PARTITION BY {{ arg2 }} ORDER BY snapshot_period) AS previous_tracked
    FROM {{ arg1 }} snapshots
  ) changes
  WHERE snapshot_no = 1 OR NOT (struct({{ arg3 }}) <=> previous_tracked)
) starts
