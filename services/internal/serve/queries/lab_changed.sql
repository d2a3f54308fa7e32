SELECT finding_id, event_id, subject, subject_id, merchant_id, violation, rule, confidence, explanation,
       s_rule, s_confidence, s_explanation
FROM (
    SELECT finding_id, event_id, subject, subject_id, merchant_id, violation, rule, confidence, explanation
    FROM findings FINAL
    WHERE event_time >= ?
) ANY INNER JOIN (
    SELECT finding_id, rule AS s_rule, confidence AS s_confidence, explanation AS s_explanation
    FROM shadow_findings FINAL
    WHERE policy_version = ? AND event_time >= ?
) USING finding_id
WHERE rule != s_rule OR confidence != s_confidence
ORDER BY cityHash64(finding_id), finding_id
LIMIT ?
