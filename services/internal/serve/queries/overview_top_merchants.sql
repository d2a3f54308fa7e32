SELECT merchant_id, count() AS n
FROM findings FINAL
WHERE event_time >= ?
GROUP BY merchant_id
ORDER BY n DESC, merchant_id
LIMIT 10
