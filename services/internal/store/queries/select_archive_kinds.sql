SELECT kind, toYYYYMM(event_time) AS month FROM event_archive WHERE event_time < ? GROUP BY kind, month ORDER BY month, kind
