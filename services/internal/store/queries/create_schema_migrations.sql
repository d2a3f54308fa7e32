CREATE TABLE IF NOT EXISTS schema_migrations (
	version UInt32, name String, applied_at DateTime('UTC')
) ENGINE = ReplacingMergeTree(applied_at) ORDER BY version
