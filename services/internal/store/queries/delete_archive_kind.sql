ALTER TABLE event_archive DELETE WHERE kind = ? AND toYYYYMM(event_time) = ?
