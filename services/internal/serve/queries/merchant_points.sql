SELECT sum(points), count()
FROM points_ledger FINAL
WHERE merchant_id = ?
