-- Callback types (DOMAIN 3.1): routine, post-complaint, member sweep, themed, renewal reminder; labelled by the
-- callbacks contract.
SELECT {{ surrogate_key(code) }} AS callback_type_key, code AS callback_type_code, label_zh AS callback_type_name_zh,
       label_en AS callback_type_name_en
FROM {{ code_labels('callbacks.callback_type') }}
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown'
