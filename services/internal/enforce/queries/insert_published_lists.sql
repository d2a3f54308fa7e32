INSERT INTO published_lists (month, family, merchant_id, label, account_masked, company_masked, count, list_digest, policy_version, published_at)
