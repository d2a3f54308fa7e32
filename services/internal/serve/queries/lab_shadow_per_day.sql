SELECT toString(toDate(event_time)) AS day, violation, count() AS n
FROM shadow_findings FINAL
WHERE policy_version = ? AND event_time >= ?
GROUP BY day, violation
ORDER BY day, violation
