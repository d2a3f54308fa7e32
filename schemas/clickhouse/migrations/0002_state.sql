-- Market reference sketches per category and unit, one row per worker
-- incarnation; the reference at start is the merge of every row.
CREATE TABLE IF NOT EXISTS market_sketches (
    category_id String,
    unit        String,
    source      String,
    count       UInt64,
    data        String,
    updated_at  DateTime('UTC')
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (category_id, unit, source);

-- Conversation context of the message detectors (who asked first, order
-- stage), so that a restarted worker judges the next message as before.
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id String,
    merchant_id     String,
    state           String,
    seq             UInt64,
    updated_at      DateTime('UTC')
) ENGINE = ReplacingMergeTree(seq)
ORDER BY conversation_id;
