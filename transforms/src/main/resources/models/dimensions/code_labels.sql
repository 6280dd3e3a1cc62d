-- Every code of every contract's code lists with its zh-CN and en label, as declared in contracts/*.yml: the lookup
-- for codes kept on facts without a dimension of their own (inventory location and occasion) and for analysts.
SELECT source, field, code, label_zh, label_en
FROM {{ all_code_labels() }}
