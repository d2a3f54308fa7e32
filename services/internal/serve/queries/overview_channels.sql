SELECT evidence
FROM findings FINAL
WHERE violation = 'offplatform_contact' AND event_time >= ?
LIMIT 100000
