-- batch
INSERT INTO findings (finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule, confidence, evidence, explanation, explanation_zh, detector_version, policy_version, event_time, detected_at, source_topic, source_partition, source_offset)
-- row: string(f-1), string(e-1), string(listing), string(L-1), uint64(3), string(M-1), string(inflated_shipping), string(r), float64(0.9), string({"fee":410}), string(x), string(), string(), string(), time.Time(2026-04-20T10:00:00Z), time.Time(2026-04-20T10:00:00Z), string(listings.v1), int32(1), int64(7)

-- batch
INSERT INTO listing_checks (listing_id, version, merchant_id, event_id, deleted, codes, counts, findings, detector_version, policy_version, updated_at, checked_at)
-- row: string(L-1), uint64(3), string(M-1), string(e-1), uint8(0), []string([fake_price_tier off_market_price inflated_shipping abused_sku false_moq]), []uint32([0 0 1 0 0]), uint32(1), string(d), string(p), time.Time(2026-04-20T10:00:00Z), time.Time(2026-04-20T10:00:00Z)

-- batch
INSERT INTO conversations (conversation_id, merchant_id, state, seq, updated_at)
-- row: string(C-1), string(M-1), string({}), uint64(5), time.Time(2026-04-20T10:00:00Z)

-- batch
INSERT INTO market_sketches (category_id, unit, source, count, data, updated_at)
-- row: string(tea), string(kg), string(w1), uint64(2), string(x), time.Time(2026-04-20T10:00:00Z)

