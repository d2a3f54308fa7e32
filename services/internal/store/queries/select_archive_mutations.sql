SELECT command FROM system.mutations WHERE database = ? AND table = 'event_archive' AND is_done = 0
