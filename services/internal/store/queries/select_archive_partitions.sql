SELECT DISTINCT partition FROM system.parts WHERE database = ? AND table = 'event_archive' AND active ORDER BY partition
