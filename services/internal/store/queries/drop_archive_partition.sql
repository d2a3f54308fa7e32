ALTER TABLE event_archive DROP PARTITION (?, ?)
