-- SCD2 on membership from the monthly snapshots (macro scd2_versions: the first-version and change rules of every
-- SCD2 dimension, in _models.yml). Other attributes are type 1 (latest snapshot) and personal data is masked.
WITH snaps AS (
  SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY snapshot_period DESC) AS recency
  FROM {{ ref('stg_customers') }}
),
versions AS {{ scd2_versions(snaps, customer_id, membership) }},
latest AS (
  SELECT * FROM snaps WHERE recency = 1
)
SELECT
  {{ surrogate_key(v.customer_id, v.valid_from) }}              AS customer_key,
  v.customer_id,
  CASE WHEN l.customer_name IS NOT NULL
       THEN concat(substring(l.customer_name, 1, 1), repeat('*', greatest(char_length(l.customer_name) - 1, 1))) END
                                                                AS customer_name_masked,
  -- At least 4 characters always hidden: first 3 + last 4 only when 11 or more (a mobile), else the last 4 from 8.
  CASE WHEN char_length(l.phone) >= 11
       THEN concat(substring(l.phone, 1, 3), '****', substring(l.phone, char_length(l.phone) - 3, 4))
       WHEN char_length(l.phone) >= 8 THEN concat('****', substring(l.phone, char_length(l.phone) - 3, 4))
       WHEN l.phone IS NOT NULL THEN '****' END                 AS phone_masked,
  l.customer_type,
  v.membership,
  v.membership IN ('member', 'vip')                             AS is_member,
  v.member_since,
  l.site_code,
  v.valid_from,
  v.valid_to,
  v.valid_to = DATE'9999-12-31'                                 AS is_current
FROM versions v
JOIN latest l ON l.customer_id = v.customer_id
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', NULL, 'UNKNOWN', 'UNKNOWN', false, CAST(NULL AS DATE), NULL,
       DATE'1900-01-01', DATE'9999-12-31', true
