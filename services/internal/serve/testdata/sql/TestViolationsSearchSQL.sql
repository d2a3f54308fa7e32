-- query
SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE event_time >= ?
  AND (? = '' OR violation = ?)
  AND (? = '' OR merchant_id = ?)
  AND (? = '' OR subject = ?)
  AND (? = 0 OR violation IN ?)
ORDER BY event_time DESC, finding_id
LIMIT ?, ?
-- args: time.Time(1970-01-01T00:00:00Z), string(), string(), string(), string(), string(), string(), int(0), clickhouse.GroupSet({[]}), int(0), int(200)

-- query
SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE event_time >= ?
  AND (? = '' OR violation = ?)
  AND (? = '' OR merchant_id = ?)
  AND (? = '' OR subject = ?)
  AND (? = 0 OR violation IN ?)
ORDER BY event_time DESC, finding_id
LIMIT ?, ?
-- args: time.Time(2026-11-13T10:00:00Z), string(false_moq), string(false_moq), string(M-1), string(M-1), string(listing), string(listing), int(0), clickhouse.GroupSet({[]}), int(0), int(10)

-- query
SELECT finding_id, event_id, subject, subject_id, subject_version, merchant_id, violation, rule,
       confidence, evidence, explanation, explanation_zh, detector_version, policy_version,
       event_time, detected_at
FROM findings FINAL
WHERE event_time >= ?
  AND (? = '' OR violation = ?)
  AND (? = '' OR merchant_id = ?)
  AND (? = '' OR subject = ?)
  AND (? = 0 OR violation IN ?)
ORDER BY event_time DESC, finding_id
LIMIT ?, ?
-- args: time.Time(1970-01-01T00:00:00Z), string(), string(), string(), string(), string(), string(), int(1), clickhouse.GroupSet({[fake_price_tier off_market_price inflated_shipping abused_sku false_moq shipping_overcharge]}), int(0), int(200)

