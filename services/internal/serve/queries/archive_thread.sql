SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = ? AND thread_id = ?
ORDER BY event_time, subject_id, event_id
LIMIT ?
