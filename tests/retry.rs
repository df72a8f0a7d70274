//! Retries with backoff 1 s·2^(n-1), at most 5, then the DLQ: each k = 1..6 in its own fleet,
//! all six running side by side.

use fleetctl::model::command::{Action, Target};
use fleetctl::signing::Role;
use serde_json::Value;

use crate::support::kafka::{fleet_world, produce, read_all, read_headers, signer};

/// Sends one command that fails its first `k` attempts; returns (completions, dlq headers).
fn run_case(k: u32) -> (Vec<Value>, Vec<Vec<(String, String)>>) {
    let w = fleet_world(&format!("retry{k}"), 10);
    let s = signer(&w, Role::Control);
    let c = s.command(
        Target::Robot("robot-0001".into()),
        None,
        Action::Charge,
        false,
    );
    // Commands stay valid for the whole retry schedule (31 s).
    let mut cmd = c.command.clone();
    cmd.expires_at_ms = cmd.issued_at_ms + 120_000;
    let signed = s.sign(cmd);
    produce(
        &w,
        "robot-commands",
        &[(Some("robot-0001".into()), Some(signed.bytes))],
    );
    let exec = w
        .kafka()
        .args([
            "run",
            "executor",
            "--fail-attempts",
            &k.to_string(),
            "--exit-when-idle",
            "20s",
            "--duration",
            "100s",
        ])
        .spawn();
    let retry = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "retry",
            "--exit-when-idle",
            "20s",
            "--duration",
            "100s",
        ])
        .spawn();
    let e = exec.wait_with_output().unwrap();
    let r = retry.wait_with_output().unwrap();
    assert!(
        e.status.success(),
        "executor: {}",
        String::from_utf8_lossy(&e.stderr)
    );
    assert!(
        r.status.success(),
        "retry: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    let summary: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(summary["type"], "retry_summary");
    if crate::support::kafka::has_transactions() {
        assert_eq!(
            summary["mode"], "transactions",
            "auto takes transactions: {summary}"
        );
    }
    let mut completions: Vec<Value> = read_all(&w, "robot-command-completions")
        .iter()
        .map(|r| r.json())
        .collect();
    completions.sort_by_key(|c| c["completed_at_ms"].as_i64());
    (completions, read_headers(&w, "robot-commands-dlq"))
}

#[test]
fn failing_k_times_gives_min_k_plus_1_attempts_with_backoff() {
    crate::needs_broker!();
    let handles: Vec<_> = (1..=6u32)
        .map(|k| std::thread::spawn(move || (k, run_case(k))))
        .collect();
    for h in handles {
        let (k, (completions, dlq)) = h.join().expect("case runs");
        let attempts = completions.len() as u32;
        assert_eq!(attempts, (k + 1).min(6), "k={k}: {completions:#?}");
        let failed = completions
            .iter()
            .filter(|c| c["status"] == "FAILED")
            .count() as u32;
        assert_eq!(failed, k.min(6), "k={k}");
        let executed = completions
            .iter()
            .filter(|c| c["status"] == "EXECUTED")
            .count();
        assert_eq!(executed, usize::from(k < 6), "k={k}");
        // attempt n+1 starts no earlier than 2^(n-1) s after failure n, and not much later
        for n in 1..completions.len() {
            let gap = completions[n]["completed_at_ms"].as_i64().unwrap()
                - completions[n - 1]["completed_at_ms"].as_i64().unwrap();
            let backoff = 1000i64 << (n - 1);
            assert!(
                gap >= backoff,
                "k={k}: attempt {} came {gap} ms after failure {n}, backoff {backoff}",
                n + 1
            );
            assert!(
                gap <= backoff + 10_000,
                "k={k}: attempt {} came {gap} ms after failure {n}",
                n + 1
            );
        }
        if k >= 6 {
            assert_eq!(dlq.len(), 1, "exactly one DLQ entry per exhausted command");
            let get = |name: &str| {
                dlq[0]
                    .iter()
                    .find(|(h, _)| h == name)
                    .map(|(_, v)| v.clone())
            };
            assert_eq!(
                get("fleetctl.error.class").as_deref(),
                Some("retries_exhausted")
            );
            assert_eq!(get("fleetctl.dlq.attempts").as_deref(), Some("6"));
            assert_eq!(get("fleetctl.dlq.stage").as_deref(), Some("execute"));
            assert!(get("fleetctl.dlq.original.offset").is_some());
        } else {
            assert!(dlq.is_empty(), "k={k}: no DLQ entry");
        }
    }
}
