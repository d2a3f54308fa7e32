-- The listings of the window, every version once, for the market reference
-- both policies judge against (built from the whole window, not the sample).
-- Arguments: from, to, category (twice).
SELECT payload
FROM event_archive FINAL
WHERE kind = 'listing' AND event_time >= ? AND event_time < ?
  AND (? = '' OR category_id = ?)
