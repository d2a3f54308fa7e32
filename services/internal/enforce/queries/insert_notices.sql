INSERT INTO notices (notice_id, merchant_id, kind, action_id, code, subject, subject_id, violation, deadline, text_en, text_zh, created_at, policy_version)
