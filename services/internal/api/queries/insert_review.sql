INSERT INTO reviews (finding_id, merchant_id, kind, decision, reviewer, note, appeal_id, violation, decided_at, revision)
