-- Findings: one row per violation found on one event. finding_id is
-- deterministic, so a replay or retry inserts the same row again and
-- ReplacingMergeTree collapses it; read with FINAL (or GROUP BY finding_id)
-- for exact counts. Partitioned by the event's own time, never the detection
-- time, so that repeats of a finding always land in the same partition.
CREATE TABLE IF NOT EXISTS findings (
    finding_id       String,
    event_id         String,
    subject          String,
    subject_id       String,
    subject_version  UInt64,
    merchant_id      String,
    violation        String,
    rule             String,
    confidence       Float64,
    evidence         String,
    explanation      String,
    explanation_zh   String,
    detector_version String,
    policy_version   String,
    event_time       DateTime('UTC'),
    detected_at      DateTime('UTC'),
    source_topic     String,
    source_partition Int32,
    source_offset    Int64
) ENGINE = ReplacingMergeTree(detected_at)
PARTITION BY toYYYYMM(event_time)
ORDER BY (merchant_id, violation, finding_id);

-- Listing checks: every checked listing version and its findings per code, so
-- that enforcement can tell a fixed listing from an unchanged one.
CREATE TABLE IF NOT EXISTS listing_checks (
    listing_id       String,
    version          UInt64,
    merchant_id      String,
    event_id         String,
    deleted          UInt8,
    codes            Array(String),
    counts           Array(UInt32),
    findings         UInt32,
    detector_version String,
    policy_version   String,
    updated_at       DateTime('UTC'),
    checked_at       DateTime('UTC')
) ENGINE = ReplacingMergeTree(checked_at)
ORDER BY (listing_id, version);
