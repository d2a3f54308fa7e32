SELECT policy_version, count(), min(decided_at), max(decided_at)
FROM actions FINAL
GROUP BY policy_version
ORDER BY max(decided_at) DESC
