-- Type 1: each site as in its latest snapshot. English name falls back to the Chinese one (an export without
-- English names still prints a name, never a code); business-line labels come from the sites contract.
WITH latest AS (
  SELECT *, row_number() OVER (PARTITION BY site_code ORDER BY snapshot_period DESC) AS rn
  FROM {{ ref('stg_sites') }}
)
SELECT
  {{ surrogate_key(site_code) }}  AS site_key,
  site_code,
  site_name,
  coalesce(site_name_en, site_name) AS site_name_en,
  business_line,
  {{ code_label('sites.business_line', 'zh-CN', business_line) }} AS business_line_name_zh,
  {{ code_label('sites.business_line', 'en', business_line) }}    AS business_line_name_en,
  city,
  company
FROM latest
WHERE rn = 1
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown', 'UNKNOWN', '未知', 'Unknown', NULL, NULL
