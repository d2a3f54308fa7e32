SELECT code, count() AS n
FROM actions FINAL
WHERE decided_at >= ?
GROUP BY code
ORDER BY code
