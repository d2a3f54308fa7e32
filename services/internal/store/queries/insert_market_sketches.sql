INSERT INTO market_sketches (category_id, unit, source, count, data, updated_at)
