//! The executor against the real broker: execution, agreement of the three outputs, and
//! exactly-once effects across SIGKILL and redelivery (rejections: see `dead_letters`).

mod crash;
mod dead_letters;
mod fencing;
mod ownership;
mod unconfirmed;

use std::collections::{BTreeMap, BTreeSet};

use fleetctl::model::command::{Action, Target};
use fleetctl::signing::envelope::Signer;
use fleetctl::signing::Role;
use serde_json::Value;

use crate::support::kafka::{fleet_world, has_transactions, produce, read_all, signer};
use crate::support::World;

fn run_executor(w: &World, extra: &[&str]) -> Value {
    let has = |flag: &str| extra.contains(&flag);
    let mut c = w.kafka();
    c.args(["--format", "json", "run", "executor"]);
    if !has("--exit-when-idle") {
        c.args(["--exit-when-idle", "3s"]);
    }
    if !has("--duration") {
        c.args(["--duration", "60s"]);
    }
    c.args(extra).run().expect(0).json()
}

fn cmd(s: &Signer, robot: &str, action: Action) -> (Option<String>, Option<Vec<u8>>) {
    let signed = s.command(
        Target::Robot(robot.into()),
        Some("zone-1".into()),
        action,
        false,
    );
    (Some(robot.to_string()), Some(signed.bytes))
}

fn moves(s: &Signer, robots: u32, per_robot: u32) -> Vec<(Option<String>, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    for i in 0..per_robot {
        for r in 1..=robots {
            out.push(cmd(
                s,
                &format!("robot-{r:04}"),
                Action::MoveTo {
                    x: f64::from(i),
                    y: f64::from(r),
                },
            ));
        }
    }
    out
}

/// Distinct executed command ids per robot, from completions; and how often each id appears.
fn executed(w: &World) -> (BTreeMap<String, BTreeSet<String>>, usize) {
    let mut per_robot: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut records = 0;
    for r in read_all(w, "robot-command-completions") {
        let v = r.json();
        if v["status"] == "EXECUTED" {
            records += 1;
            per_robot
                .entry(v["robot_id"].as_str().unwrap().to_string())
                .or_default()
                .insert(v["command_id"].as_str().unwrap().to_string());
        }
    }
    (per_robot, records)
}

/// Latest state per robot.
fn states(w: &World) -> BTreeMap<String, Value> {
    read_all(w, "robot-state")
        .into_iter()
        .filter_map(|r| Some((r.key.clone()?, r.json())))
        .collect()
}

#[test]
fn executes_and_outputs_agree() {
    crate::needs_broker!();
    let w = fleet_world("exec", 50);
    let control = signer(&w, Role::Control);
    let sent = moves(&control, 50, 2);
    produce(&w, "robot-commands", &sent);
    let summary = run_executor(&w, &[]);
    assert_eq!(summary["type"], "executor_summary");
    let expected = if has_transactions() {
        "transactions"
    } else {
        "idempotent"
    };
    assert_eq!(
        summary["mode"], expected,
        "auto takes transactions where granted"
    );
    assert_eq!(summary["executed"], 100);
    assert_eq!(summary["dead_lettered"], 0);

    let (per_robot, records) = executed(&w);
    assert_eq!(per_robot.len(), 50);
    assert_eq!(records, 100, "one completion per command");
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(idem.len(), 100);
    let st = states(&w);
    assert_eq!(st.len(), 50);
    for (robot, ids) in &per_robot {
        assert!(ids.iter().all(|id| idem.contains(id)));
        let s = &st[robot];
        assert_eq!(s["applied_count"], 2, "{robot}: {s}");
        assert_eq!(s["status"], "MOVING");
        assert_eq!(s["target"]["x"], 1.0, "the later MOVE_TO wins");
    }

    // A second run finds nothing new to do.
    let again = run_executor(&w, &["--exit-when-idle", "1s", "--duration", "4s"]);
    assert_eq!(again["executed"], 0);
}

#[test]
fn sigkill_mid_run_executes_each_command_once() {
    crate::needs_broker!();
    let w = fleet_world("kill", 20);
    let control = signer(&w, Role::Control);
    let sent = moves(&control, 20, 100);
    produce(&w, "robot-commands", &sent);
    // Kill the executor several times part-way through, re-sending some commands each time.
    for round in 0..4 {
        let mut child = w
            .kafka()
            .args(["run", "executor", "--batch", "50", "--duration", "60s"])
            .spawn();
        std::thread::sleep(std::time::Duration::from_millis(1500 + 300 * round));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        produce(
            &w,
            "robot-commands",
            &sent[(round as usize * 100)..(round as usize * 100 + 50)],
        );
    }
    // Killed members linger in the group until their sessions expire; the rebalances that follow
    // can pause delivery for several seconds, so "idle" must outlast them.
    let summary = run_executor(&w, &["--batch", "50", "--exit-when-idle", "15s"]);
    let _ = summary;
    let (per_robot, _) = executed(&w);
    let total: usize = per_robot.values().map(|s| s.len()).sum();
    assert_eq!(total, 2000, "every command executed: none lost");
    let st = states(&w);
    for (robot, ids) in &per_robot {
        assert_eq!(
            st[robot]["applied_count"].as_u64().unwrap() as usize,
            ids.len(),
            "{robot} applied once each"
        );
    }
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(idem.len(), 2000);
}

#[test]
fn simulated_fleet_with_control_center_and_executor_agree() {
    crate::needs_broker!();
    let w = fleet_world("loop", 50);
    let sim = w
        .kafka()
        .args([
            "simulate",
            "--robots",
            "50",
            "--interval",
            "0.5",
            "--duration",
            "25s",
        ])
        .spawn();
    let cc = w
        .kafka()
        .args([
            "run",
            "control-center",
            "--duration",
            "15s",
            "--cooldown",
            "2s",
        ])
        .spawn();
    let exec = w
        .kafka()
        .args(["--format", "json", "run", "executor", "--duration", "20s"])
        .spawn();
    let cc = cc.wait_with_output().unwrap();
    assert!(
        cc.status.success(),
        "{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let exec = exec.wait_with_output().unwrap();
    assert!(
        exec.status.success(),
        "{}",
        String::from_utf8_lossy(&exec.stderr)
    );
    let summary: Value = serde_json::from_slice(&exec.stdout).unwrap();
    let executed_n = summary["executed"].as_u64().unwrap();
    assert!(executed_n > 0, "{summary}");
    let mut sim = sim;
    let _ = sim.kill();
    let _ = sim.wait();

    let (per_robot, records) = executed(&w);
    let distinct: usize = per_robot.values().map(|s| s.len()).sum();
    assert_eq!(distinct as u64, executed_n);
    assert_eq!(records, distinct, "one completion per executed command");
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    let st = states(&w);
    for (robot, ids) in &per_robot {
        assert!(
            ids.iter().all(|id| idem.contains(id)),
            "{robot}: executed ids are in the idempotency store"
        );
        assert_eq!(
            st[robot]["applied_count"].as_u64().unwrap() as usize,
            ids.len(),
            "{robot}: state agrees"
        );
    }
}
