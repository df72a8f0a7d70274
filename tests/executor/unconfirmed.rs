//! Batches the executor could not confirm, in transactions mode: one it aborts itself, and one
//! whose commit landed although the executor was told it failed (a coordinator failing over
//! mid-commit). Either way every command is executed exactly once and every robot's state counts
//! every command.

use super::crash::{check, send_load, BATCH, PER_ROBOT, ROBOTS};
use crate::support::kafka::{fleet_world, has_transactions, read_all, read_all_uncommitted};
use crate::support::World;

/// `run executor --eos transactions` with fault point `fault` armed; its output.
fn executor_with(w: &World, fault: &str) -> crate::support::Out {
    w.kafka()
        .env("FLEETCTL_FAULT", fault)
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--eos",
            "transactions",
        ])
        .args([
            "--batch",
            BATCH,
            "--exit-when-idle",
            "5s",
            "--duration",
            "60s",
        ])
        .run()
        .expect(0)
}

#[test]
fn transactional_abort_taken_by_the_executor_itself() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    let w = fleet_world("txn-abort", ROBOTS);
    let load = send_load(&w, ROBOTS, PER_ROBOT);
    let summary: serde_json::Value = executor_with(&w, "executor.txn_fail@2").json();
    assert_eq!(summary["rewinds"], 1, "{summary}");
    check(&w, &load, true);
    let all = read_all_uncommitted(&w, "robot-command-completions").len();
    let visible = read_all(&w, "robot-command-completions").len();
    assert!(
        all > visible,
        "the aborted batch was written ({all} vs {visible})"
    );
}

#[test]
fn a_commit_that_landed_but_was_reported_failed_is_kept() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    let w = fleet_world("txn-lost", ROBOTS);
    let load = send_load(&w, ROBOTS, PER_ROBOT);
    let out = executor_with(&w, "executor.txn_lost_commit@2");
    assert!(
        out.stderr.contains("replaced by a new one") && out.stderr.contains("kept"),
        "{}",
        out.stderr
    );
    let summary: serde_json::Value = out.json();
    assert_eq!(summary["rewinds"], 0, "the batch was kept: {summary}");
    // The batch the executor was told had failed had landed with its offsets: kept, it leaves
    // no robot a command behind, and nothing of it is executed again.
    check(&w, &load, true);
}

#[test]
fn a_transactional_call_that_never_returns_is_given_up_with_its_producer() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    let w = fleet_world("txn-stall", ROBOTS);
    let load = send_load(&w, ROBOTS, PER_ROBOT);
    // The second batch's send_offsets_to_transaction blocks past its timeout, as librdkafka's
    // did once after the transaction coordinator moved (docs/kafka.md, fault run 14).
    let out = executor_with(&w, "executor.txn_stall@2");
    assert!(
        out.stderr.contains("send offsets did not return within")
            && out.stderr.contains("replaced by a new one"),
        "{}",
        out.stderr
    );
    let summary: serde_json::Value = out.json();
    assert_eq!(summary["rewinds"], 1, "{summary}");
    // The abandoned call returns later on a producer the new one fenced: nothing it held is
    // committed, and the batch it carried is executed once, by the new producer.
    check(&w, &load, true);
}
