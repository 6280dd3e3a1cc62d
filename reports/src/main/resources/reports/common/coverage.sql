-- The data-coverage box on every report's first page (v_data_coverage): for each export the report rests on
-- (:sources), whether it arrived for the month, its rows for this scope (the whole export for master data), the
-- rows the ingest quarantined (whole export: a quarantined row's site is not known reliably), the site-days
-- without a visitor count, and whether last month and the same month last year arrived (comparisons need them).
WITH wanted AS (
    SELECT unnest(l) AS source, generate_subscripts(l, 1) AS ord
    FROM (SELECT string_split(CAST(:sources AS VARCHAR), ',') AS l)
), cov AS (
    SELECT period, source, bool_or(loaded) AS loaded, any_value(source_group) AS source_group,
           any_value(export_accepted) AS export_accepted, any_value(export_quarantined) AS export_quarantined,
           sum(site_rows) AS site_rows, sum(traffic_days_missing) AS days_missing
    FROM v_data_coverage
    WHERE period IN (:period, :prev_period, :ly_period)
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
    GROUP BY period, source
)
SELECT d.title_zh AS source_zh,
       d.title_en AS source_en,
       CASE WHEN cur.loaded THEN 'arrived' ELSE 'missing' END                         AS status,
       CASE WHEN cur.loaded THEN CASE WHEN d.source_group = 'master' THEN cur.export_accepted
                                      ELSE cur.site_rows END END                      AS rows,
       CASE WHEN cur.loaded THEN cur.export_quarantined END                           AS quarantined,
       cur.days_missing                                                                AS days_missing,
       CASE WHEN prev.loaded THEN 'loaded' ELSE 'none' END                             AS prev_status,
       CASE WHEN ly.loaded THEN 'loaded' ELSE 'none' END                               AS ly_status
FROM wanted w
JOIN dim_source d ON d.source = w.source
LEFT JOIN cov cur ON cur.source = w.source AND cur.period = :period
LEFT JOIN cov prev ON prev.source = w.source AND prev.period = :prev_period
LEFT JOIN cov ly ON ly.source = w.source AND ly.period = :ly_period
ORDER BY w.ord
