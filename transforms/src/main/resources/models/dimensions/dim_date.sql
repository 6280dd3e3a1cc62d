-- One row per calendar day over whole years around every period in the lake (CalendarRange: earliest to latest
-- period's year, widened by dw.transform.calendar-margin-years), plus the unknown day 0. Keys are yyyymmdd, so a
-- wider calendar never changes one. Weekdays are ISO (1 = Monday); Fri-Sun are peak staffing days (3 on duty at sales centres).
WITH days AS (
  SELECT explode(sequence({{ calendar_first }}, {{ calendar_last }}, INTERVAL 1 DAY)) AS date
)
SELECT
  {{ date_key(date) }}                                    AS date_key,
  date,
  year(date)                                              AS year,
  quarter(date)                                           AS quarter,
  month(date)                                             AS month,
  date_format(date, 'yyyy-MM')                            AS period,
  dayofmonth(date)                                        AS day_of_month,
  weekofyear(date)                                        AS iso_week,
  weekday(date) + 1                                       AS weekday,
  element_at(array('星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'), weekday(date) + 1) AS weekday_name_zh,
  element_at(array('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'), weekday(date) + 1) AS weekday_name_en,
  element_at(array('一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'), month(date)) AS month_name_zh,
  element_at(array('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
                   'November', 'December'), month(date)) AS month_name_en,
  weekday(date) >= 5                                      AS is_weekend,
  weekday(date) >= 4                                      AS is_peak_staffing_day,
  CASE WHEN month(date) <= 6 THEN 1 ELSE 2 END            AS half_year
FROM days
UNION ALL
SELECT 0, CAST(NULL AS DATE), NULL, NULL, NULL, 'UNKNOWN', NULL, NULL, NULL, '未知', 'Unknown', '未知', 'Unknown',
       NULL, NULL, NULL
