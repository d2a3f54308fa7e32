-- query
SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE finding_id = ?
LIMIT 1
-- args: string(f-5266b3594f2872c19b9e9648)

-- query
SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = ? AND event_time >= ? AND event_time <= ? AND subject_id = ? AND event_id = ?
LIMIT 1
-- args: time.Time(2026-05-24T10:00:00Z), string(message), time.Time(2026-11-19T08:05:00Z), time.Time(2026-11-21T08:05:00Z), string(MSG-2), string(E-MSG-2)

-- query
SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = ? AND thread_id = ?
ORDER BY event_time, subject_id, event_id
LIMIT ?
-- args: time.Time(2026-05-24T10:00:00Z), string(message), string(C-THREAD-1), int(2000)

