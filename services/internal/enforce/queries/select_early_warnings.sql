SELECT merchant_id, max(created_at) AS at
FROM notices FINAL
WHERE kind = 'early_warning' AND (? = '' OR merchant_id = ?)
GROUP BY merchant_id
ORDER BY merchant_id
