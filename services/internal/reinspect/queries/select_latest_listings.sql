-- The latest version of every listing after a checkpoint, in listing id
-- order (the order checkpoints advance in): ids and versions only, which
-- ClickHouse aggregates an order of magnitude faster than it would the
-- payloads (see select_listing_range.sql for those). For a listing thread_id
-- is the listing id (migration 0005), so the range condition uses the
-- table's sorting key. Arguments: after (listing id, exclusive), category
-- (twice; empty for all), since (the latest version published at or after).
SELECT subject_id, max(version) AS latest
FROM event_archive
WHERE kind = 'listing' AND thread_id > ?
GROUP BY subject_id
HAVING (? = '' OR argMax(category_id, version) = ?) AND max(event_time) >= ?
ORDER BY subject_id
