-- Error-severity data-quality failures of the latest transform of each period: any row here blocks publishing.
SELECT period, model, check_name, failing_rows, sample_keys
FROM {dq_results}
WHERE severity = 'error' AND status = 'fail'
ORDER BY period, model, check_name
