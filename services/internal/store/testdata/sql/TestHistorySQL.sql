-- batch
INSERT INTO event_archive (kind, event_id, subject_id, thread_id, merchant_id, category_id, version, event_time, payload, source_topic, source_partition, source_offset, archived_at)
-- row: string(listing), string(e-l), string(L-1), string(L-1), string(M-1), string(tea), uint64(4), time.Time(2026-04-20T10:00:00Z), string({"schema":"listing.v1"}), string(listings.v1), int32(2), int64(10), time.Time(2026-04-20T10:00:00Z)
-- row: string(message), string(e-m), string(m-1), string(C-1), string(M-1), string(), uint64(0), time.Time(2026-04-20T10:00:00Z), string({"schema":"message.v1"}), string(messages.v1), int32(0), int64(11), time.Time(2026-04-20T10:00:00Z)
-- row: string(order), string(e-o), string(o-1), string(L-1), string(M-1), string(), uint64(0), time.Time(2026-04-20T10:00:00Z), string({"schema":"order.v1"}), string(orders.v1), int32(1), int64(12), time.Time(2026-04-20T10:00:00Z)
-- row: string(complaint), string(e-c), string(c-1), string(M-1), string(M-1), string(), uint64(0), time.Time(2026-04-20T10:00:00Z), string({"schema":"complaint.v1"}), string(complaints.v1), int32(3), int64(13), time.Time(2026-04-20T10:00:00Z)

-- batch
INSERT INTO shadow_findings (finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule, confidence, evidence, explanation, explanation_zh, detector_version, policy_version, event_time, detected_at, source_topic, source_partition, source_offset)
-- row: string(f-1), string(), string(), string(), uint64(0), string(), string(false_moq), string(), float64(0), string(null), string(), string(), string(), string(cand), time.Time(2026-04-20T10:00:00Z), time.Time(2026-04-20T10:00:00Z), string(), int32(0), int64(0)

-- query
SELECT kind, toYYYYMM(event_time) AS month FROM event_archive WHERE event_time < ? GROUP BY kind, month ORDER BY month, kind
-- args: time.Time(2026-06-01T00:00:00Z)

-- query
SELECT command FROM system.mutations WHERE database = ? AND table = 'event_archive' AND is_done = 0
-- args: string(fake)

-- exec
ALTER TABLE event_archive DROP PARTITION ?
-- args: uint32(202504)

-- exec
ALTER TABLE event_archive DELETE WHERE kind = ? AND toYYYYMM(event_time) = ?
-- args: string(message), uint32(202505)

-- query
SELECT kind, toYYYYMM(event_time) AS month FROM event_archive WHERE event_time < ? GROUP BY kind, month ORDER BY month, kind
-- args: time.Time(2026-06-01T00:00:00Z)

-- query
SELECT command FROM system.mutations WHERE database = ? AND table = 'event_archive' AND is_done = 0
-- args: string(fake)

-- exec
ALTER TABLE event_archive DROP PARTITION ?
-- args: uint32(202510)

-- exec
ALTER TABLE event_archive DELETE WHERE kind = ? AND toYYYYMM(event_time) = ?
-- args: string(message), uint32(202512)

-- query
SELECT kind, toYYYYMM(event_time) AS month FROM event_archive WHERE event_time < ? GROUP BY kind, month ORDER BY month, kind
-- args: time.Time(2026-06-01T00:00:00Z)

-- query
SELECT DISTINCT command FROM cluster(?, system.mutations) WHERE database = ? AND table = 'event_archive_local' AND is_done = 0
-- args: string(prod), string(fake)

-- exec
ALTER TABLE event_archive_local ON CLUSTER ? DROP PARTITION ?
-- args: string(prod), uint32(202504)

-- exec
ALTER TABLE event_archive_local ON CLUSTER ? DELETE WHERE kind = ? AND toYYYYMM(event_time) = ?
-- args: string(prod), string(message), uint32(202505)

