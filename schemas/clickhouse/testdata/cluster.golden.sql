-- 0001_findings
CREATE TABLE IF NOT EXISTS findings_local ON CLUSTER 'haili' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/findings_local', '{replica}', detected_at)
PARTITION BY toYYYYMM(event_time)
ORDER BY (merchant_id, violation, finding_id);
CREATE TABLE IF NOT EXISTS findings ON CLUSTER 'haili' AS findings_local
ENGINE = Distributed('haili', currentDatabase(), 'findings_local', cityHash64(merchant_id));
CREATE TABLE IF NOT EXISTS listing_checks_local ON CLUSTER 'haili' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/listing_checks_local', '{replica}', checked_at)
ORDER BY (listing_id, version);
CREATE TABLE IF NOT EXISTS listing_checks ON CLUSTER 'haili' AS listing_checks_local
ENGINE = Distributed('haili', currentDatabase(), 'listing_checks_local', cityHash64(listing_id));

-- 0002_state
CREATE TABLE IF NOT EXISTS market_sketches_local ON CLUSTER 'haili' (
    category_id String,
    unit        String,
    source      String,
    count       UInt64,
    data        String,
    updated_at  DateTime('UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/market_sketches_local', '{replica}', updated_at)
ORDER BY (category_id, unit, source);
CREATE TABLE IF NOT EXISTS market_sketches ON CLUSTER 'haili' AS market_sketches_local
ENGINE = Distributed('haili', currentDatabase(), 'market_sketches_local', cityHash64(category_id));
CREATE TABLE IF NOT EXISTS conversations_local ON CLUSTER 'haili' (
    conversation_id String,
    merchant_id     String,
    state           String,
    seq             UInt64,
    updated_at      DateTime('UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/conversations_local', '{replica}', seq)
ORDER BY conversation_id;
CREATE TABLE IF NOT EXISTS conversations ON CLUSTER 'haili' AS conversations_local
ENGINE = Distributed('haili', currentDatabase(), 'conversations_local', cityHash64(conversation_id));

-- 0003_enforcement
CREATE TABLE IF NOT EXISTS violations_local ON CLUSTER 'haili' (
    finding_id       String,
    merchant_id      String,
    family           String,
    violation        String,
    subject          String,
    subject_id       String,
    subject_version  UInt64,
    product_id       String,
    episode          UInt32,
    rule             String,
    confidence       Float64,
    evidence         String,
    explanation      String,
    explanation_zh   String,
    occurred_at      DateTime('UTC'),
    detected_at      DateTime('UTC'),
    policy_version   String,
    withdrawn        UInt8,
    withdrawn_at     DateTime('UTC'),
    withdraw_reason  String,
    appeal_id        String,
    revision         UInt32
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/violations_local', '{replica}', revision)
ORDER BY (merchant_id, finding_id);
CREATE TABLE IF NOT EXISTS violations ON CLUSTER 'haili' AS violations_local
ENGINE = Distributed('haili', currentDatabase(), 'violations_local', cityHash64(merchant_id));
CREATE TABLE IF NOT EXISTS actions_local ON CLUSTER 'haili' (
    action_id       String,
    code            String,
    merchant_id     String,
    family          String,
    subject         String,
    subject_id      String,
    subject_version UInt64,
    violation       String,
    step            UInt32,
    finding_ids     Array(String),
    policy_version  String,
    decided_at      DateTime('UTC'),
    reason          String,
    points          Int32,
    deadline        DateTime('UTC'),
    until           DateTime('UTC'),
    reverses        Array(String)
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/actions_local', '{replica}')
ORDER BY (merchant_id, action_id);
CREATE TABLE IF NOT EXISTS actions ON CLUSTER 'haili' AS actions_local
ENGINE = Distributed('haili', currentDatabase(), 'actions_local', cityHash64(merchant_id));
CREATE TABLE IF NOT EXISTS points_ledger_local ON CLUSTER 'haili' (
    entry_id       String,
    merchant_id    String,
    action_id      String,
    code           String,
    points         Int32,
    at             DateTime('UTC'),
    policy_version String
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/points_ledger_local', '{replica}')
ORDER BY (merchant_id, entry_id);
CREATE TABLE IF NOT EXISTS points_ledger ON CLUSTER 'haili' AS points_ledger_local
ENGINE = Distributed('haili', currentDatabase(), 'points_ledger_local', cityHash64(merchant_id));
CREATE TABLE IF NOT EXISTS notices_local ON CLUSTER 'haili' (
    notice_id      String,
    merchant_id    String,
    kind           String,
    action_id      String,
    code           String,
    subject        String,
    subject_id     String,
    violation      String,
    deadline       DateTime('UTC'),
    text_en        String,
    text_zh        String,
    created_at     DateTime('UTC'),
    policy_version String
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/notices_local', '{replica}')
ORDER BY (merchant_id, notice_id);
CREATE TABLE IF NOT EXISTS notices ON CLUSTER 'haili' AS notices_local
ENGINE = Distributed('haili', currentDatabase(), 'notices_local', cityHash64(merchant_id));
CREATE TABLE IF NOT EXISTS published_lists_local ON CLUSTER 'haili' (
    month          String,
    family         String,
    merchant_id    String,
    label          String,
    account_masked String,
    company_masked String,
    count          UInt32,
    list_digest    String,
    policy_version String,
    published_at   DateTime('UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/published_lists_local', '{replica}', published_at)
ORDER BY (month, family, merchant_id);
CREATE TABLE IF NOT EXISTS published_lists ON CLUSTER 'haili' AS published_lists_local
ENGINE = Distributed('haili', currentDatabase(), 'published_lists_local', cityHash64(merchant_id));

-- 0004_reviews
CREATE TABLE IF NOT EXISTS reviews_local ON CLUSTER 'haili' (
    finding_id  String,
    merchant_id String,
    kind        String,
    decision    String,
    reviewer    String,
    note        String,
    appeal_id   String,
    violation   String,
    decided_at  DateTime('UTC'),
    revision    UInt32
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/reviews_local', '{replica}', revision)
ORDER BY (merchant_id, finding_id, kind);
CREATE TABLE IF NOT EXISTS reviews ON CLUSTER 'haili' AS reviews_local
ENGINE = Distributed('haili', currentDatabase(), 'reviews_local', cityHash64(merchant_id));

-- 0005_history
CREATE TABLE IF NOT EXISTS event_archive_local ON CLUSTER 'haili' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/event_archive_local', '{replica}', archived_at)
PARTITION BY toYYYYMM(event_time)
ORDER BY (kind, thread_id, subject_id, version, event_id);
CREATE TABLE IF NOT EXISTS event_archive ON CLUSTER 'haili' AS event_archive_local
ENGINE = Distributed('haili', currentDatabase(), 'event_archive_local', cityHash64(thread_id));
CREATE TABLE IF NOT EXISTS shadow_findings_local ON CLUSTER 'haili' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/shadow_findings_local', '{replica}', detected_at)
PARTITION BY toYYYYMM(event_time)
ORDER BY (policy_version, violation, finding_id);
CREATE TABLE IF NOT EXISTS shadow_findings ON CLUSTER 'haili' AS shadow_findings_local
ENGINE = Distributed('haili', currentDatabase(), 'shadow_findings_local', cityHash64(policy_version));

-- 0006_reinspect
CREATE TABLE IF NOT EXISTS reinspect_checkpoints_local ON CLUSTER 'haili' (
    run_id        String,
    pass          UInt32,
    seq           UInt64,
    policy_version String,
    last_listing  String,
    listings      UInt64,
    findings      UInt64,
    new_findings  UInt64,
    done          UInt8,
    updated_at    DateTime('UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/reinspect_checkpoints_local', '{replica}', seq)
ORDER BY run_id;
CREATE TABLE IF NOT EXISTS reinspect_checkpoints ON CLUSTER 'haili' AS reinspect_checkpoints_local
ENGINE = Distributed('haili', currentDatabase(), 'reinspect_checkpoints_local', cityHash64(run_id));
