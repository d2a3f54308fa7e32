INSERT INTO points_ledger (entry_id, merchant_id, action_id, code, points, at, policy_version)
