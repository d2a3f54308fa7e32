-- batch
INSERT INTO violations (finding_id, merchant_id, family, violation, subject, subject_id, subject_version, product_id, episode, rule, confidence, evidence, explanation, explanation_zh, occurred_at, detected_at, policy_version, withdrawn, withdrawn_at, withdraw_reason, appeal_id, revision)
-- row: string(f-1), string(M-1), string(false_product_info), string(false_moq), string(listing), string(L-1), uint64(2), string(L-1), uint32(1), string(custom_moq), float64(0.8), string({"moq":100}), string(x), string(), time.Time(2026-04-20T10:00:00Z), time.Time(2026-04-20T10:00:00Z), string(p), uint8(0), time.Time(1970-01-01T00:00:00Z), string(), string(), uint32(0)

-- batch
INSERT INTO actions (action_id, code, merchant_id, family, subject, subject_id, subject_version, violation, step, finding_ids, policy_version, decided_at, reason, points, deadline, until, reverses)
-- row: string(a-1), string(pending_rectification), string(M-1), string(false_product_info), string(listing), string(L-1), uint64(2), string(false_moq), uint32(0), []string([f-1]), string(p), time.Time(2026-04-20T10:00:00Z), string(confidence), int32(0), time.Time(2026-05-04T10:00:00Z), time.Time(1970-01-01T00:00:00Z), []string([])

-- batch
INSERT INTO points_ledger (entry_id, merchant_id, action_id, code, points, at, policy_version)
-- row: string(l-1), string(M-1), string(a-1), string(deduct_points), int32(-3), time.Time(2026-04-20T10:00:00Z), string(p)

