-- Site snapshots of every period.
SELECT
  upper(trim(site_code))      AS site_code,
  trim(site_name)             AS site_name,
  nullif(trim(site_name_en), '') AS site_name_en,
  lower(trim(business_line))  AS business_line,
  nullif(trim(city), '')      AS city,
  nullif(trim(company), '')   AS company,
  period                      AS snapshot_period
FROM {{ source_all('sites') }}
