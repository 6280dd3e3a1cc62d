-- Member callback coverage against the 100 % rule (v_member_callback_coverage): members at the month's end, called,
-- not called, coverage; and of the members called, those called within 3 days of a service (base: members called,
-- not every callback).
SELECT sum(members) AS members,
       sum(members_called) AS members_called,
       sum(members_not_called) AS members_not_called,
       sum(members_called) / nullif(sum(members), 0)::DOUBLE AS coverage,
       1.0 AS target,
       sum(members_called_within_3_days) AS members_within_3d,
       sum(members_called_within_3_days) / nullif(sum(members_called), 0)::DOUBLE AS members_within_3d_rate
FROM v_member_callback_coverage
WHERE period = :period
  AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
HAVING count(*) > 0
