SELECT policy_version, count(), min(event_time), max(detected_at)
FROM shadow_findings FINAL
GROUP BY policy_version
ORDER BY max(detected_at) DESC, policy_version
LIMIT 20
