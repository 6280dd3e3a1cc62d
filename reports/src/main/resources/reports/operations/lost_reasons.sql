-- Why shoot enquiries did not book (接单未成, [000:155]): enquiries not booked by reason over the scope, with the share
-- of all not booked.
WITH v AS (
    SELECT sum(lost_price) AS price, sum(lost_comparing) AS comparing, sum(lost_schedule) AS schedule,
           sum(lost_other) AS other
    FROM v_studio_visits_monthly
    WHERE period = :period
      AND (CAST(:site AS VARCHAR) IS NULL OR site_code = CAST(:site AS VARCHAR))
), r AS (
    SELECT o.ord, o.reason, o.n
    FROM v, LATERAL (VALUES (1, 'lost.price', v.price), (2, 'lost.comparing', v.comparing),
                            (3, 'lost.schedule', v.schedule), (4, 'lost.other', v.other)) o(ord, reason, n)
    WHERE v.price IS NOT NULL OR v.comparing IS NOT NULL OR v.schedule IS NOT NULL OR v.other IS NOT NULL
)
SELECT reason, n AS enquiries, n / nullif(sum(n) OVER (), 0)::DOUBLE AS share
FROM r
ORDER BY ord
