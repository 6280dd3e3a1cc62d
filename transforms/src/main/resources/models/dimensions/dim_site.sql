-- Type 1: each site as in its latest snapshot.
WITH latest AS (
  SELECT *, row_number() OVER (PARTITION BY site_code ORDER BY snapshot_period DESC) AS rn
  FROM {{ ref('stg_sites') }}
)
SELECT
  {{ surrogate_key(site_code) }}  AS site_key,
  site_code,
  site_name,
  business_line,
  CASE business_line WHEN 'studio' THEN '影楼' WHEN 'sales_centre' THEN '售楼处' WHEN 'property' THEN '物业' END
                                  AS business_line_name_zh,
  CASE business_line WHEN 'studio' THEN 'Photo studio' WHEN 'sales_centre' THEN 'Sales centre'
                     WHEN 'property' THEN 'Property office' END
                                  AS business_line_name_en,
  city,
  company
FROM latest
WHERE rn = 1
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'UNKNOWN', '未知', 'Unknown', NULL, NULL
