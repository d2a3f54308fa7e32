-- About how many listings remain after a checkpoint (for the ETA).
-- Arguments: after (listing id, exclusive).
SELECT uniq(subject_id)
FROM event_archive
WHERE kind = 'listing' AND thread_id > ?
