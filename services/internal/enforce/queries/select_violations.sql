SELECT finding_id, merchant_id, family, violation, subject, subject_id, subject_version, product_id, episode, rule, confidence, evidence, explanation, explanation_zh, occurred_at, detected_at, policy_version, withdrawn, withdrawn_at, withdraw_reason, appeal_id
FROM violations FINAL
WHERE ? = '' OR merchant_id = ?
ORDER BY merchant_id, finding_id
