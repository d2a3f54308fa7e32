-- Reviews (haili serve): the people's decisions on findings. kind is review
-- (a finding below the automatic-action bar, confirmed or dismissed) or appeal
-- (a merchant's appeal: pending, upheld or rejected). A later decision on the
-- same finding and kind writes the row again with a higher revision; read with
-- FINAL. A dismissal or an upheld appeal is also sent to findings.v1 as a
-- withdrawal, which enforcement turns into a reverse.
CREATE TABLE IF NOT EXISTS reviews (
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
) ENGINE = ReplacingMergeTree(revision)
ORDER BY (merchant_id, finding_id, kind);
