SELECT notice_id, kind, action_id, code, subject, subject_id, violation, deadline, text_en, text_zh, created_at
FROM notices FINAL
WHERE merchant_id = ?
ORDER BY created_at DESC, notice_id
LIMIT ?, ?
