-- What a manager must act on this month, per site: complaints still unresolved (past the same-day rule, [003:69]),
-- resolved complaints not called back ([001:75]), members not called back (100 % rule, [000:524]), days without a
-- visitor count, and exports of the scope (:sources) that did not arrive at all (for every site).
WITH sla AS (
    SELECT site_code, sum(unresolved) AS unresolved, sum(resolved - callback_done) AS not_called_back
    FROM v_complaint_sla_monthly
    WHERE period = :period AND record_type = 'complaint'
    GROUP BY site_code
), x AS (
    SELECT 1 AS ord, 'exc_unresolved' AS issue, site_code, unresolved AS n FROM sla
    UNION ALL SELECT 2, 'exc_not_called_back', site_code, not_called_back FROM sla
    UNION ALL SELECT 3, 'exc_members_not_called', site_code, sum(members_not_called)
              FROM v_member_callback_coverage WHERE period = :period GROUP BY site_code
    UNION ALL SELECT 4, 'exc_days_missing', site_code, sum(traffic_days_missing)
              FROM v_data_coverage WHERE period = :period AND source = 'visitor_counts' AND loaded GROUP BY site_code
), missing AS (
    SELECT w.source, d.title_zh, d.title_en
    FROM (SELECT unnest(string_split(CAST(:sources AS VARCHAR), ',')) AS source) w
    JOIN dim_source d ON d.source = w.source
    WHERE w.source NOT IN (SELECT source FROM v_source_periods WHERE period = :period)
      AND EXISTS (SELECT 1 FROM v_source_periods WHERE period = :period) -- nothing at all: the report says so once
)
SELECT issue, detail_zh, detail_en, n FROM (
    SELECT x.ord, x.issue, s.site_name || ' (' || s.site_code || ')' AS detail_zh,
           coalesce(s.site_name_en, s.site_name) || ' (' || s.site_code || ')' AS detail_en, x.n
    FROM x
    JOIN dim_site s ON s.site_code = x.site_code
    WHERE x.n > 0 AND (CAST(:site AS VARCHAR) IS NULL OR x.site_code = CAST(:site AS VARCHAR))
    UNION ALL
    SELECT 0, 'exc_export_missing', title_zh, title_en, NULL FROM missing
)
ORDER BY ord, n DESC, detail_zh
