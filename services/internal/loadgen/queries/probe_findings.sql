SELECT DISTINCT event_id FROM findings WHERE detected_at >= toDateTime(?) AND event_id IN ?
