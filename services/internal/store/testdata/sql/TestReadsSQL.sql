-- query
SELECT conversation_id, state FROM conversations FINAL WHERE updated_at >= ? ORDER BY conversation_id
-- args: time.Time(2026-04-20T10:00:00Z)

-- query
SELECT category_id, unit, source, count, data FROM market_sketches FINAL ORDER BY category_id, unit, source

-- query
SELECT violation, count() AS n, uniqExact(merchant_id) AS merchants FROM findings FINAL GROUP BY violation ORDER BY violation

