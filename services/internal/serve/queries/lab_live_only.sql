SELECT finding_id, event_id, subject, subject_id, merchant_id, violation, rule, confidence, explanation
FROM findings FINAL
WHERE event_time >= ? AND rule != 'review_confirmed'
  AND finding_id GLOBAL NOT IN (SELECT finding_id FROM shadow_findings FINAL WHERE policy_version = ? AND event_time >= ?)
ORDER BY cityHash64(finding_id), finding_id
LIMIT ?
