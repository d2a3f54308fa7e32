SELECT code, merchant_id, subject_id, decided_at
FROM actions FINAL
WHERE code IN ('pending_rectification', 'rectified') AND decided_at >= ?
ORDER BY decided_at
