//! The robot simulator, control center, safety monitor and `fleet status` against the real broker.

use fleetctl::catalog::names;
use fleetctl::model::command::{Action, Target};
use fleetctl::model::fleet::{ControlTelemetry, SafetyTelemetry};
use fleetctl::signing::envelope::Verifier;
use fleetctl::signing::{Keyring, Role};
use serde_json::Value;

use crate::support::World;

mod halts;
mod inbox;
mod safety;

use crate::support::kafka::{fleet_world_with as world, read_all as read, Rec};

fn verifier(w: &World) -> Verifier {
    Verifier::new(Keyring::load(&w.config_dir().join("keys")).unwrap())
}

fn now() -> i64 {
    fleetctl::model::now_ms()
}

/// Produces one record to a topic of this world.
fn produce(w: &World, base: &str, key: &str, value: &[u8]) {
    crate::support::kafka::produce(w, base, &[(Some(key.into()), Some(value.to_vec()))]);
}

/// Waits for a background fleetctl and returns its stdout parsed as JSON.
fn finish(child: std::process::Child) -> Value {
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[test]
fn simulate_sends_keyed_parseable_telemetry() {
    crate::needs_broker!();
    let w = world("sim", 20, &[]);
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "20",
            "--interval",
            "0.5",
            "--duration",
            "3s",
        ])
        .run()
        .expect(0);
    let s: Value = out.json();
    assert_eq!(s["type"], "simulate_summary");
    assert_eq!(s["robots"], 20);
    assert_eq!(s["delivery_errors"], 0);
    assert_eq!(s["delivered"], s["telemetry_sent"]);
    let control = read(&w, names::TELEMETRY_CONTROL);
    let safety = read(&w, names::TELEMETRY_SAFETY);
    assert_eq!(
        control.len() as u64 + safety.len() as u64,
        s["delivered"].as_u64().unwrap()
    );
    let mut robots = std::collections::BTreeSet::new();
    for r in &control {
        let t: ControlTelemetry = serde_json::from_slice(r.bytes()).unwrap();
        assert_eq!(t.robot_id, r.key_str());
        assert!(t.zone.starts_with("zone-"));
        assert!((0.0..=100.0).contains(&t.battery_pct));
        robots.insert(t.robot_id);
    }
    assert_eq!(robots.len(), 20);
    assert!(robots.contains("robot-0001") && robots.contains("robot-0020"));
    for r in &safety {
        let t: SafetyTelemetry = serde_json::from_slice(r.bytes()).unwrap();
        assert_eq!(t.robot_id, r.key_str());
        assert!(t.temperature_c < 80.0, "no chaos: no spikes");
    }

    // the long form, and `fleet status` over what was reported
    w.kafka()
        .args([
            "simulate",
            "robots",
            "--robots",
            "3",
            "--id-prefix",
            "rover",
            "--duration",
            "1s",
        ])
        .run()
        .expect(0);
    let st: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status"])
        .run()
        .expect(0)
        .json();
    assert_eq!(st["type"], "fleet_status");
    assert_eq!(st["robots"], 23);
    let rows = st["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 23);
    assert!(rows
        .iter()
        .all(|r| r["battery_pct"].is_number() && r["source"] == "telemetry"));
    assert!(rows.iter().any(|r| r["robot_id"] == "rover-0003"));
    let total: u64 = st["counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total, 23);
    let summary: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status", "--summary"])
        .run()
        .expect(0)
        .json();
    assert!(summary["rows"].as_array().unwrap().is_empty());
    assert_eq!(summary["robots"], 23);
    let halted: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status", "--status", "halted"])
        .run()
        .expect(0)
        .json();
    assert_eq!(halted["robots"], 0);
    w.kafka()
        .args(["fleet", "status", "--status", "asleep"])
        .run()
        .expect(2);
    w.kafka()
        .args(["simulate", "--robots", "0"])
        .run()
        .expect(2);
}

#[test]
fn control_center_issues_signed_commands_with_a_canary_split() {
    crate::needs_broker!();
    let w = world("cc", 40, &["control"]);
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "40",
            "--interval",
            "0.5",
            "--duration",
            "6s",
        ])
        .spawn();
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "control-center",
            "--duration",
            "7s",
            "--canary",
            "0.5",
            "--cooldown",
            "1s",
        ])
        .run()
        .expect(0);
    finish(sim);
    let s: Value = out.json();
    assert_eq!(s["type"], "control_center_summary");
    assert_eq!(s["malformed"], 0);
    let commands = read(&w, names::COMMANDS);
    assert_eq!(commands.len() as u64, s["commands"].as_u64().unwrap());
    assert!(commands.len() >= 40, "every robot gets a command: {s}");
    let v = verifier(&w);
    let (mut real, mut dry) = (0, 0);
    for r in &commands {
        let c = v
            .verify(Some(r.key_str().as_bytes()), Some(r.bytes()), now())
            .unwrap_or_else(|e| panic!("{e}"))
            .command;
        assert_eq!(c.target, Target::Robot(r.key_str().to_string()));
        assert_eq!(c.issuer, Role::Control);
        assert!(c.zone.as_deref().is_some_and(|z| z.starts_with("zone-")));
        assert!(
            matches!(
                c.action,
                Action::MoveTo { .. } | Action::ReturnToBase | Action::Charge
            ),
            "{:?}",
            c.action
        );
        assert_eq!(
            c.dry_run,
            !fleetctl::roles::control_center::in_canary(r.key_str(), 0.5),
            "canary is stable by id"
        );
        if c.dry_run {
            dry += 1;
        } else {
            real += 1;
        }
    }
    assert!(real > 0 && dry > 0, "real {real}, dry {dry}");
    assert_eq!(s["dry_run"], dry);
}
