SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE event_time >= ?
  AND (? = '' OR violation = ?)
  AND (? = '' OR merchant_id = ?)
  AND (? = '' OR subject = ?)
  AND (? = 0 OR violation IN ?)
ORDER BY event_time DESC, finding_id
LIMIT ?, ?
