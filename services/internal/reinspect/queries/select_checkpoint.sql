-- The latest checkpoint of a run. Argument: run_id.
SELECT pass, seq, last_listing, listings, findings, new_findings, done
FROM reinspect_checkpoints
WHERE run_id = ?
ORDER BY seq DESC
LIMIT 1
