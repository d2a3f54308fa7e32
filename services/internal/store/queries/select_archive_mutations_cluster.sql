SELECT DISTINCT command FROM cluster(?, system.mutations) WHERE database = ? AND table = 'event_archive_local' AND is_done = 0
