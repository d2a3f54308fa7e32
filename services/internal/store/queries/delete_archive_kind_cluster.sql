ALTER TABLE event_archive_local ON CLUSTER ? DELETE WHERE kind = ? AND toYYYYMM(event_time) = ?
