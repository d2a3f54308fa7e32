-- query
SELECT policy_version, count(), min(event_time), max(detected_at)
FROM shadow_findings FINAL
GROUP BY policy_version
ORDER BY max(detected_at) DESC, policy_version
LIMIT 20

-- query
SELECT toString(toDate(event_time)) AS day, violation, count() AS n
FROM findings FINAL
WHERE event_time >= ?
GROUP BY day, violation
ORDER BY day, violation
-- args: time.Time(2026-11-17T10:00:00Z)

-- query
SELECT toString(toDate(event_time)) AS day, violation, count() AS n
FROM shadow_findings FINAL
WHERE policy_version = ? AND event_time >= ?
GROUP BY day, violation
ORDER BY day, violation
-- args: string(2026.12.3-cand+cand), time.Time(2026-11-17T10:00:00Z)

-- query
SELECT finding_id, event_id, subject, subject_id, merchant_id, violation, rule, confidence, explanation
FROM findings FINAL
WHERE event_time >= ? AND rule != 'review_confirmed'
  AND finding_id GLOBAL NOT IN (SELECT finding_id FROM shadow_findings FINAL WHERE policy_version = ? AND event_time >= ?)
ORDER BY cityHash64(finding_id), finding_id
LIMIT ?
-- args: time.Time(2026-11-17T10:00:00Z), string(2026.12.3-cand+cand), time.Time(2026-11-17T10:00:00Z), int(20)

-- query
SELECT finding_id, event_id, subject, subject_id, merchant_id, violation, rule, confidence, explanation
FROM shadow_findings FINAL
WHERE policy_version = ? AND event_time >= ?
  AND finding_id GLOBAL NOT IN (SELECT finding_id FROM findings FINAL WHERE event_time >= ?)
ORDER BY cityHash64(finding_id), finding_id
LIMIT ?
-- args: string(2026.12.3-cand+cand), time.Time(2026-11-17T10:00:00Z), time.Time(2026-11-17T10:00:00Z), int(20)

-- query
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
-- args: time.Time(2026-11-17T10:00:00Z), string(2026.12.3-cand+cand), time.Time(2026-11-17T10:00:00Z), int(20)

