-- Every service item label used by complaints and callbacks of any period, normalised.
SELECT DISTINCT service_item_name
FROM (
  SELECT {{ normalise_label(service_item) }} AS service_item_name FROM {{ source_all('complaints') }}
  UNION ALL
  SELECT {{ normalise_label(service_item) }} AS service_item_name FROM {{ source_all('callbacks') }}
)
WHERE service_item_name IS NOT NULL
