//! Halts as the executor sees them, the confirmation rule, and the canary's failure rates.

use fleetctl::model::command::{Action, Target};
use fleetctl::signing::Role;
use serde_json::Value;

use crate::support::kafka::{fleet_world, produce, read_all, signer};
use crate::support::World;

fn executor(w: &World) -> Value {
    w.kafka()
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--exit-when-idle",
            "2s",
            "--duration",
            "30s",
        ])
        .run()
        .expect(0)
        .json()
}

fn completions(w: &World) -> Vec<Value> {
    read_all(w, "robot-command-completions")
        .iter()
        .map(|r| r.json())
        .collect()
}

#[test]
fn halt_needs_yes_without_a_terminal() {
    crate::needs_broker!();
    let w = fleet_world("haltyes", 10);
    let out = w.kafka().args(["halt", "--all"]).run().expect(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    // `halt fleet`, as the original command list spells it, is `halt --all`.
    let out = w.kafka().args(["halt", "fleet"]).run().expect(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    let out = w.kafka().args(["halt", "fleets"]).run().expect(2);
    assert!(out.stderr.contains("fleet"), "{}", out.stderr);
    assert!(
        read_all(&w, "robot-emergency-halt").is_empty(),
        "nothing sent without confirmation"
    );
}

#[test]
fn executor_rejects_commands_for_halted_robots_until_resumed() {
    crate::needs_broker!();
    let w = fleet_world("halted", 10);
    let control = signer(&w, Role::Control);
    let safety = signer(&w, Role::Safety);
    // No robot is running, so nobody acknowledges: the halt is written and the wait times out.
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "halt",
            "--zone",
            "zone-1",
            "--robot",
            "robot-0009",
            "--yes",
            "--timeout",
            "1s",
        ])
        .run();
    assert_eq!(
        out.code, 2,
        "--zone and --robot are one scope or the other: {}",
        out.stderr
    );
    let out = w
        .kafka()
        .args([
            "--format",
            "ndjson",
            "halt",
            "--zone",
            "zone-1",
            "--yes",
            "--timeout",
            "1s",
        ])
        .run()
        .expect(0);
    let lines = out.ndjson();
    let summary = lines
        .iter()
        .find(|l| l["type"] == "halt_summary")
        .expect("summary line");
    assert_eq!(
        summary["robots"], 0,
        "no robot reported, so none is waited for"
    );
    let halts = read_all(&w, "robot-emergency-halt");
    assert_eq!(halts.len(), 1);
    assert_eq!(halts[0].key.as_deref(), Some("zone:zone-1"));

    let cmd = |s: &fleetctl::signing::envelope::Signer, robot: &str, zone: &str, a: Action| {
        let c = s.command(Target::Robot(robot.into()), Some(zone.into()), a, false);
        (Some(robot.to_string()), Some(c.bytes))
    };
    produce(
        &w,
        "robot-commands",
        &[
            cmd(
                &control,
                "robot-0001",
                "zone-1",
                Action::MoveTo { x: 1.0, y: 1.0 },
            ),
            cmd(
                &safety,
                "robot-0001",
                "zone-1",
                Action::Stop {
                    reason: "test".into(),
                },
            ),
            cmd(
                &control,
                "robot-0002",
                "zone-2",
                Action::MoveTo { x: 2.0, y: 2.0 },
            ),
        ],
    );
    let s = executor(&w);
    assert_eq!(s["executed"], 2);
    assert_eq!(s["rejected"], 1);
    let c = completions(&w);
    let rejected: Vec<&Value> = c.iter().filter(|c| c["status"] == "REJECTED").collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["robot_id"], "robot-0001");
    assert!(rejected[0]["reason"].as_str().unwrap().contains("halted"));
    let state: Vec<Value> = read_all(&w, "robot-state")
        .iter()
        .filter(|r| r.key.as_deref() == Some("robot-0001"))
        .map(|r| r.json())
        .collect();
    assert_eq!(state.last().unwrap()["halted"], true);

    w.kafka()
        .args(["resume", "--zone", "zone-1", "--yes", "--timeout", "1s"])
        .run()
        .expect(0);
    produce(
        &w,
        "robot-commands",
        &[cmd(
            &control,
            "robot-0001",
            "zone-1",
            Action::MoveTo { x: 3.0, y: 3.0 },
        )],
    );
    let s = executor(&w);
    assert_eq!(s["executed"], 1, "resumed: {s}");
}

#[test]
fn canary_status_reports_failure_rates() {
    crate::needs_broker!();
    let w = fleet_world("canary", 10);
    let control = signer(&w, Role::Control);
    let mut records = Vec::new();
    for i in 0..50 {
        let robot = format!("robot-{:04}", i % 10 + 1);
        let c = control.command(
            Target::Robot(robot.clone()),
            None,
            Action::Charge,
            i % 2 == 0,
        );
        records.push((Some(robot), Some(c.bytes)));
    }
    produce(&w, "robot-commands", &records);
    // Every real command fails its first attempt; dry runs never execute, so never fail.
    w.kafka()
        .args([
            "run",
            "executor",
            "--fail-attempts",
            "1",
            "--exit-when-idle",
            "2s",
            "--duration",
            "30s",
        ])
        .run()
        .expect(0);
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "canary",
            "status",
            "--abort-threshold",
            "0.5",
        ])
        .run()
        .expect(8);
    let rows: Vec<Value> = out.json();
    let canary = rows.iter().find(|r| r["group"] == "canary").unwrap();
    assert_eq!(canary["total"], 25);
    assert_eq!(canary["failed"], 25);
    assert_eq!(canary["over_threshold"], true);
    let dry = rows.iter().find(|r| r["group"] == "dry_run").unwrap();
    assert_eq!(dry["total"], 25);
    assert_eq!(dry["failure_rate"], 0.0);
}

#[test]
fn halt_all_waits_for_every_robot_and_names_the_one_that_ignores_it() {
    crate::needs_broker!();
    let w = fleet_world("haltall", 20);
    let mut sim = w
        .kafka()
        .args([
            "simulate",
            "--robots",
            "20",
            "--interval",
            "0.2",
            "--ignore-halts",
            "robot-0007",
            "--duration",
            "60s",
        ])
        .spawn();
    // Wait until every robot has reported, so all twenty are in scope.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let settings = crate::support::kafka::settings();
    while std::time::Instant::now() < deadline {
        let seen = fleetctl::roles::fleet_view::recent_robots(
            &settings,
            &w.prefix,
            None,
            std::time::Duration::from_secs(30),
        )
        .unwrap();
        if seen.len() == 20 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    let summary = |out: &crate::support::Out| -> Value {
        out.ndjson()
            .into_iter()
            .find(|l| l["type"] == "halt_summary")
            .expect("a halt_summary line")
    };
    let out = w
        .kafka()
        .args([
            "--format",
            "ndjson",
            "halt",
            "--all",
            "--yes",
            "--timeout",
            "5s",
        ])
        .run()
        .expect(4);
    let s = summary(&out);
    assert_eq!(s["robots"], 20);
    assert_eq!(s["acknowledged"], 19);
    assert_eq!(s["missing"], serde_json::json!(["robot-0007"]));
    let acks: Vec<Value> = out
        .ndjson()
        .into_iter()
        .filter(|l| l["type"] == "halt_ack")
        .collect();
    assert_eq!(acks.len(), 20);
    assert!(acks
        .iter()
        .all(|a| a["acknowledged"] == (a["robot_id"] != "robot-0007")));

    // Robots that acknowledged report HALTED with velocity 0.
    std::thread::sleep(std::time::Duration::from_millis(800));
    let seen = fleetctl::roles::fleet_view::recent_robots(
        &settings,
        &w.prefix,
        None,
        std::time::Duration::from_secs(1),
    )
    .unwrap();
    let r3 = &seen["robot-0003"];
    assert_eq!(r3.status, fleetctl::model::fleet::RobotStatus::Halted);
    assert_eq!(r3.velocity_mps, 0.0);

    let out = w
        .kafka()
        .args([
            "--format",
            "ndjson",
            "resume",
            "--all",
            "--yes",
            "--timeout",
            "5s",
        ])
        .run()
        .expect(4);
    assert_eq!(summary(&out)["acknowledged"], 19);
    let out = w
        .kafka()
        .args([
            "--format",
            "ndjson",
            "halt",
            "--robot",
            "robot-0003",
            "--yes",
            "--timeout",
            "5s",
        ])
        .run()
        .expect(0);
    let s = summary(&out);
    assert_eq!(s["robots"], 1);
    assert_eq!(s["acknowledged"], 1);
    let _ = sim.kill();
    let _ = sim.wait();
}
