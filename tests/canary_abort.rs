//! The control center's `--abort-threshold` against the real broker: an executor that fails every
//! first attempt drives the canary's failure rate over the threshold, after which only dry runs
//! are issued, the summary says so and `robot_canary_aborted` is 1.

use std::time::{Duration, Instant};

use fleetctl::signing::envelope::decode_unverified;

use crate::metrics::{free_addr, scrape, value};
use crate::support::kafka::{fleet_world, read_all};
use crate::support::terminate;

#[test]
fn control_center_stops_real_commands_once_the_canary_fails() {
    crate::needs_broker!();
    let w = fleet_world("canary-abort", 30);
    let executor = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--fail-attempts",
            "1",
            "--duration",
            "60s",
        ])
        .spawn();
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "30",
            "--interval",
            "0.5",
            "--duration",
            "45s",
        ])
        .spawn();
    let addr = free_addr();
    let control = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "control-center",
            "--canary",
            "1.0",
            "--abort-threshold",
            "0.2",
            "--cooldown",
            "1s",
            "--duration",
            "25s",
            "--metrics-addr",
            &addr.to_string(),
        ])
        .spawn();
    // The gauge is only served while the role runs.
    let deadline = Instant::now() + Duration::from_secs(24);
    let mut gauge = None;
    while Instant::now() < deadline && gauge != Some(1.0) {
        std::thread::sleep(Duration::from_millis(500));
        if let Some(s) = scrape(addr) {
            gauge = value(&s, "robot_canary_aborted", &[]);
        }
    }
    let out = control.wait_with_output().expect("control center ends");
    terminate(sim);
    terminate(executor);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        gauge,
        Some(1.0),
        "robot_canary_aborted never became 1\n{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary JSON");
    assert_eq!(summary["canary_aborted"], true, "{summary}");
    assert!(
        stderr.contains("canary aborted"),
        "a warning says so: {stderr}"
    );
    let at = summary["canary_aborted_at_ms"]
        .as_i64()
        .unwrap_or_else(|| panic!("abort time in {summary}"));

    let (mut real_before, mut real_after, mut dry_after) = (0, 0, 0);
    for r in read_all(&w, "robot-commands") {
        let Some(c) = r.value.as_deref().and_then(decode_unverified) else {
            continue;
        };
        // A command decided in the same instant as the abort may still be real.
        match (c.issued_at_ms > at + 1_000, c.dry_run) {
            (false, false) => real_before += 1,
            (true, false) => real_after += 1,
            (true, true) => dry_after += 1,
            (false, true) => {}
        }
    }
    assert!(
        real_before >= 20,
        "enough real outcomes to judge: {real_before}"
    );
    assert_eq!(real_after, 0, "no real command after the abort");
    assert!(dry_after > 0, "dry runs go on after the abort: {summary}");
}
