INSERT INTO actions (action_id, code, merchant_id, family, subject, subject_id, subject_version, violation, step, finding_ids, policy_version, decided_at, reason, points, deadline, until, reverses)
