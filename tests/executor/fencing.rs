//! Zombie fencing on Apache Kafka: a second executor with the same `--instance` takes over the
//! transactional id; the first stops with the conflict code and a message saying why, and no
//! command is executed twice.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use fleetctl::signing::Role;

use super::{executed, moves, states};
use crate::support::kafka::{fleet_world, has_transactions, produce, read_all, signer};

#[test]
fn a_second_executor_with_the_same_instance_fences_the_first() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    let w = fleet_world("fence", 20);
    let control = signer(&w, Role::Control);
    produce(&w, "robot-commands", &moves(&control, 20, 150));
    let run = |extra: &[&str]| {
        w.kafka()
            .args([
                "--format",
                "json",
                "run",
                "executor",
                "--eos",
                "transactions",
            ])
            .args(["--batch", "10", "--duration", "120s"])
            .args(extra)
            .spawn()
    };
    let first = run(&[]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while read_all(&w, "robot-command-completions").is_empty() {
        assert!(Instant::now() < deadline, "the first executor never wrote");
        std::thread::sleep(Duration::from_millis(100));
    }
    let second = run(&["--exit-when-idle", "8s"]);

    let first = first.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(
        first.status.code(),
        Some(7),
        "fenced: conflict code\n{stderr}"
    );
    assert!(stderr.contains("the same --instance"), "{stderr}");
    let second = second.wait_with_output().unwrap();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );

    let (per_robot, records) = executed(&w);
    let distinct: usize = per_robot.values().map(|s| s.len()).sum();
    assert_eq!(distinct, 3000, "every command executed");
    assert_eq!(records, 3000, "none executed twice");
    let applied: BTreeMap<String, u64> = states(&w)
        .into_iter()
        .map(|(k, v)| (k, v["applied_count"].as_u64().unwrap()))
        .collect();
    assert!(applied.values().all(|n| *n == 150), "{applied:?}");
}
