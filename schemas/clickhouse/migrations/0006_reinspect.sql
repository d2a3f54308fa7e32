-- Re-inspection checkpoints (haili reinspect): where a run over the listings
-- of event_archive has got to, so that a run killed part-way resumes after
-- the last listing whose findings were delivered instead of starting over.
-- run_id derives from the policy version and the run's filters (since,
-- category): a run with another policy or other filters starts its own. A
-- checkpoint row is written after each batch's findings reached findings.v1
-- and the findings table; the row with the highest seq is the state (the
-- table keeps one row per run once merged). done = 1
-- marks a finished pass: the next run starts a new pass (pass + 1) from the
-- first listing, and finds nothing it already delivered (finding ids are
-- deterministic, and those already in findings are not sent again).
CREATE TABLE IF NOT EXISTS reinspect_checkpoints (
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
) ENGINE = ReplacingMergeTree(seq)
ORDER BY run_id;
