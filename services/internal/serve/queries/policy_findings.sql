SELECT policy_version, count(), min(detected_at), max(detected_at)
FROM findings FINAL
GROUP BY policy_version
ORDER BY max(detected_at) DESC
