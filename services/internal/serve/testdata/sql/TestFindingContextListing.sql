-- query
SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE finding_id = ?
LIMIT 1
-- args: string(f-l-1)

-- query
SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = 'listing' AND thread_id = ? AND subject_id = thread_id
  AND (version = ? OR event_time <= ?)
ORDER BY version = ? DESC, version DESC
LIMIT 1
-- args: time.Time(1970-01-01T00:00:00Z), string(L-1), uint64(3), time.Time(2026-11-20T09:00:00Z), uint64(3)

