SELECT DISTINCT notice_id
FROM notices
WHERE merchant_id IN ? AND notice_id IN ?
