-- Contact channels of complaints and callbacks: the union of both contracts' codes, labelled by the contracts.
SELECT {{ surrogate_key(code) }} AS channel_key, code AS channel_code, label_zh AS channel_name_zh,
       label_en AS channel_name_en
FROM {{ code_labels('complaints.channel', 'callbacks.channel') }}
UNION ALL
SELECT CAST(0 AS BIGINT), 'UNKNOWN', '未知', 'Unknown'
