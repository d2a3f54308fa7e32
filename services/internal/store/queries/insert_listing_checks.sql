INSERT INTO listing_checks (listing_id, version, merchant_id, event_id, deleted, codes, counts, findings, detector_version, policy_version, updated_at, checked_at)
