SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE confidence < ? AND rule != 'verified_complaint'
  AND finding_id GLOBAL NOT IN (SELECT finding_id FROM reviews FINAL WHERE kind = 'review' AND decision != '')
ORDER BY detected_at DESC, finding_id
LIMIT ?, ?
