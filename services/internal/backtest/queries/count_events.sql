-- How many archived events a backtest will judge (for the progress ETA; not
-- deduplicated, so an upper bound). Arguments: from, to, category (twice),
-- sample threshold out of 1,000,000 (1,000,000 keeps all).
SELECT count()
FROM event_archive
WHERE event_time >= ? AND event_time < ?
  AND (? = '' OR (kind = 'listing' AND category_id = ?)
       OR (kind = 'order' AND thread_id GLOBAL IN (SELECT subject_id FROM event_archive WHERE kind = 'listing' AND category_id = ?)))
  AND cityHash64(thread_id) % 1000000 < ?
