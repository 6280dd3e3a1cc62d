-- Customer snapshots of every period (personal data still raw here; masked in dim_customer).
SELECT
  upper(trim(customer_id))              AS customer_id,
  nullif(trim(customer_name), '')       AS customer_name,
  nullif(trim(phone), '')               AS phone,
  lower(trim(customer_type))            AS customer_type,
  upper(nullif(trim(site_code), ''))    AS site_code,
  lower(trim(membership))               AS membership,
  member_since,
  period                                AS snapshot_period
FROM {{ source_all('customers') }}
