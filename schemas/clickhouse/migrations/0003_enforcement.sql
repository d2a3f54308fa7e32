-- Enforcement (haili enforce, haili publish). Every row is keyed by a
-- deterministic id, so a retried or replayed batch collapses; read with FINAL.
-- Times are UTC seconds; 1970-01-01 00:00:00 stands for "none".

-- Violations: the findings enforcement accepted, one row per finding_id, with
-- what a notice shows. A withdrawal writes the row again with a higher
-- revision and withdrawn = 1.
CREATE TABLE IF NOT EXISTS violations (
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
) ENGINE = ReplacingMergeTree(revision)
ORDER BY (merchant_id, finding_id);

-- Actions: every enforcement decision (spec/penalties.md). Immutable: a
-- reversal is an action of its own that names the actions it undoes.
CREATE TABLE IF NOT EXISTS actions (
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
) ENGINE = ReplacingMergeTree()
ORDER BY (merchant_id, action_id);

-- Points ledger: one row per deduction and per restoration; a merchant's
-- balance is the sum of its rows.
CREATE TABLE IF NOT EXISTS points_ledger (
    entry_id       String,
    merchant_id    String,
    action_id      String,
    code           String,
    points         Int32,
    at             DateTime('UTC'),
    policy_version String
) ENGINE = ReplacingMergeTree()
ORDER BY (merchant_id, entry_id);

-- Notices to merchants, in English and Chinese: rectification notices (one per
-- action), early warnings and monthly-list warnings.
CREATE TABLE IF NOT EXISTS notices (
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
) ENGINE = ReplacingMergeTree()
ORDER BY (merchant_id, notice_id);

-- Published monthly lists of serious violators: one row per listed merchant and
-- violation type, with the digest of the published CSV.
CREATE TABLE IF NOT EXISTS published_lists (
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
) ENGINE = ReplacingMergeTree(published_at)
ORDER BY (month, family, merchant_id);
