SELECT finding_id, merchant_id, kind, decision, reviewer, note, appeal_id, violation, decided_at
FROM reviews FINAL
WHERE kind = ? AND decision != '' AND (? = '' OR merchant_id = ?)
ORDER BY decided_at DESC, finding_id
LIMIT ?, ?
