-- Event history (policy lab): every event a detect worker consumed, as it
-- arrived on the wire, written in the same flush as the event's findings so
-- that it is kept effectively once (a replayed batch writes the same rows, and
-- ReplacingMergeTree collapses them on the sorting key). Backtests, shadow
-- comparisons, re-inspection and the reviewers' thread view read it.
--
-- kind is listing, message, order or complaint; subject_id the listing,
-- message, order or complaint id; thread_id what groups a subject's history:
-- the conversation for a message, the listing for a listing or an order, the
-- merchant for a complaint. version is the listing version (0 for the
-- others); event_time the event's own time (updated_at, sent_at, placed_at,
-- reviewed_at). payload is the event's JSON, as received; ClickHouse
-- compresses it with the table (LZ4 by default).
--
-- Partitioned by month only: a flush's insert carries every kind of event
-- and makes one part per month it touches (normally one). Partitioned by kind
-- as well, it made four, and on ClickHouse 18.16 (wide parts, two files a
-- column) the server's cost of an insert follows its files, not its rows.
-- Retention (policy history, haili migrate --prune-history) drops a month's
-- partition when every kind in it is past its retention, and otherwise
-- deletes the expired kinds of that month with a mutation (ALTER TABLE …
-- DELETE, rewritten in the background). Which kinds an old month holds is
-- read from two small columns, kind (leading the sorting key, it compresses
-- to almost nothing) and event_time.
CREATE TABLE IF NOT EXISTS event_archive (
    kind             String,
    event_id         String,
    subject_id       String,
    thread_id        String,
    merchant_id      String,
    category_id      String,
    version          UInt64,
    event_time       DateTime('UTC'),
    payload          String,
    source_topic     String,
    source_partition Int32,
    source_offset    Int64,
    archived_at      DateTime('UTC')
) ENGINE = ReplacingMergeTree(archived_at)
PARTITION BY toYYYYMM(event_time)
ORDER BY (kind, thread_id, subject_id, version, event_id);

-- Shadow findings: what a candidate policy finds on live traffic (haili detect
-- --shadow-policy). Same shape as findings; nothing reads it but the policy
-- lab: it never reaches findings.v1 or enforcement. finding_id is the same
-- deterministic id a live finding of the same event and code has, so the two
-- tables join on it.
CREATE TABLE IF NOT EXISTS shadow_findings (
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
ORDER BY (policy_version, violation, finding_id);
