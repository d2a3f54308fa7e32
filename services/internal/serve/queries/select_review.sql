SELECT decision, revision
FROM reviews FINAL
WHERE merchant_id = ? AND finding_id = ? AND kind = ?
LIMIT 1
