SELECT kind, event_id, subject_id, thread_id, version, event_time, if(event_time >= ?, payload, '') AS payload
FROM event_archive FINAL
WHERE kind = 'listing' AND thread_id = ? AND subject_id = thread_id
  AND (version = ? OR event_time <= ?)
ORDER BY version = ? DESC, version DESC
LIMIT 1
