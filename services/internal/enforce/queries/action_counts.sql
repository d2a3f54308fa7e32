SELECT code, count() AS n, uniqExact(merchant_id) AS merchants FROM actions FINAL GROUP BY code ORDER BY code
