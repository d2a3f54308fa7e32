SELECT decision, revision, reviewer, decided_at, appeal_id, note
FROM reviews FINAL
WHERE merchant_id = ? AND finding_id = ? AND kind = ?
LIMIT 1
