ALTER TABLE event_archive_local ON CLUSTER ? DROP PARTITION (?, ?)
