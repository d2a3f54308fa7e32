SELECT violation, count() AS n, uniqExact(merchant_id) AS merchants FROM findings FINAL GROUP BY violation ORDER BY violation
