-- The export sources (one per contract) with their zh-CN / en titles, so that coverage tables and reports name a
-- source as its form does (顾客投诉登记表), never by its code.
SELECT source, source_group, title_zh, title_en
FROM {{ contract_sources() }}
