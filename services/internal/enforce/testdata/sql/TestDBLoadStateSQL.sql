-- query
SELECT finding_id, merchant_id, family, violation, subject, subject_id, subject_version, product_id, episode, rule, confidence, evidence, explanation, explanation_zh, occurred_at, detected_at, policy_version, withdrawn, withdrawn_at, withdraw_reason, appeal_id
FROM violations FINAL
WHERE ? = '' OR merchant_id = ?
ORDER BY merchant_id, finding_id
-- args: string(M-1), string(M-1)

-- query
SELECT action_id, code, merchant_id, family, subject, subject_id, subject_version, violation, step, finding_ids, policy_version, decided_at, reason, points, deadline, until, reverses
FROM actions FINAL
WHERE ? = '' OR merchant_id = ?
ORDER BY merchant_id, decided_at, action_id
-- args: string(M-1), string(M-1)

-- query
SELECT merchant_id, max(created_at) AS at
FROM notices FINAL
WHERE kind = 'early_warning' AND (? = '' OR merchant_id = ?)
GROUP BY merchant_id
ORDER BY merchant_id
-- args: string(M-1), string(M-1)

