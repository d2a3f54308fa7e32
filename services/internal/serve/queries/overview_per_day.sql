SELECT toString(toDate(event_time)) AS day, violation, count() AS n
FROM findings FINAL
WHERE event_time >= ?
GROUP BY day, violation
ORDER BY day, violation
