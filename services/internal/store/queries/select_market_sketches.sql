SELECT category_id, unit, source, count, data FROM market_sketches FINAL ORDER BY category_id, unit, source
