SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = ? AND event_time >= ? AND event_time <= ? AND subject_id = ? AND event_id = ?
LIMIT 1
