SELECT DISTINCT partition FROM cluster(?, system.parts) WHERE database = ? AND table = 'event_archive_local' AND active ORDER BY partition
