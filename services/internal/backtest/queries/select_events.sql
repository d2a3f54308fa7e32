-- The events of a backtest, each once (FINAL: a replayed batch was archived
-- again), in event-time order; within one second in the order they were
-- consumed, which keeps a conversation's messages in the order detection saw
-- them. A category keeps its listings and their orders; the sample keeps
-- whole threads (a listing with its orders, a conversation), chosen by a hash
-- of the thread id, the same on every run. Arguments: from, to, category
-- (three times), sample threshold out of 1,000,000.
SELECT kind, event_id, payload
FROM event_archive FINAL
WHERE event_time >= ? AND event_time < ?
  AND (? = '' OR (kind = 'listing' AND category_id = ?)
       OR (kind = 'order' AND thread_id GLOBAL IN (SELECT subject_id FROM event_archive WHERE kind = 'listing' AND category_id = ?)))
  AND cityHash64(thread_id) % 1000000 < ?
ORDER BY event_time, source_topic, source_partition, source_offset, event_id
