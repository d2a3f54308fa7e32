-- The archived versions of the listings in one id range (a batch), read by
-- the sorting key's range; the caller keeps each listing's latest version
-- (and one row of a version archived twice). Arguments: first and last
-- listing id (inclusive).
SELECT subject_id, version, payload
FROM event_archive
WHERE kind = 'listing' AND thread_id >= ? AND thread_id <= ?
