//! Robots and signed halts: acknowledgements, resume, forgeries, latency.

use std::time::Duration;

use fleetctl::catalog::names;
use fleetctl::model::command::{Action, Target};
use fleetctl::model::fleet::{Completion, CompletionStatus, ControlTelemetry, RobotStatus};
use fleetctl::signing::envelope::Signer;
use fleetctl::signing::{load_private, Role, RoleKey};

use super::{finish, produce, read, world};

#[test]
fn robots_acknowledge_signed_halts_and_resume_ignoring_forgeries() {
    crate::needs_broker!();
    let w = world("halt", 5, &["safety"]);
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "5",
            "--interval",
            "0.2",
            "--duration",
            "8s",
            "--ignore-halts",
            "robot-0005",
        ])
        .spawn();
    // wait until every robot reports, so the simulator's readers are at the ends
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while read(&w, names::TELEMETRY_CONTROL).len() < 10 {
        assert!(std::time::Instant::now() < deadline, "no telemetry");
        std::thread::sleep(Duration::from_millis(200));
    }
    let forger = Signer::new(RoleKey::generate(Role::Safety));
    let forged = forger.command(
        Target::All,
        None,
        Action::Halt {
            reason: "forged".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &forged.bytes);
    let safety = Signer::new(load_private(&w.config_dir().join("keys"), Role::Safety).unwrap());
    let halt = safety.command(
        Target::All,
        None,
        Action::Halt {
            reason: "test".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &halt.bytes);
    std::thread::sleep(Duration::from_millis(1500));
    let resume = safety.command(Target::Zone("zone-1".into()), None, Action::Resume, false);
    produce(
        &w,
        names::EMERGENCY_HALT,
        &Target::Zone("zone-1".into()).key(),
        &resume.bytes,
    );
    let s = finish(sim);
    assert_eq!(
        (
            s["halts"].as_u64(),
            s["resumes"].as_u64(),
            s["halts_rejected"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{s}"
    );

    let completions: Vec<Completion> = read(&w, names::COMPLETIONS)
        .iter()
        .map(|r| serde_json::from_slice(r.bytes()).unwrap())
        .collect();
    let acked = |id, status| {
        let mut v: Vec<String> = completions
            .iter()
            .filter(|c| c.command_id == id && c.status == status)
            .map(|c| c.robot_id.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        acked(halt.command.command_id, CompletionStatus::HaltAck),
        ["robot-0001", "robot-0002", "robot-0003", "robot-0004"]
    );
    assert!(completions
        .iter()
        .all(|c| c.by == "robot" && c.robot_id != "robot-0005"));
    // zones are dealt round-robin: robot-0002 is the only robot of zone-1 that honours halts
    assert_eq!(
        acked(resume.command.command_id, CompletionStatus::ResumeAck),
        ["robot-0002"]
    );
    assert!(completions
        .iter()
        .all(|c| c.command_id != forged.command.command_id));

    let control: Vec<ControlTelemetry> = read(&w, names::TELEMETRY_CONTROL)
        .iter()
        .map(|r| serde_json::from_slice(r.bytes()).unwrap())
        .collect();
    let last = |id: &str| {
        control
            .iter()
            .filter(|t| t.robot_id == id)
            .max_by_key(|t| t.seq)
            .unwrap()
            .clone()
    };
    for id in ["robot-0001", "robot-0003", "robot-0004"] {
        let t = last(id);
        assert_eq!(
            (t.status, t.velocity_mps),
            (RobotStatus::Halted, 0.0),
            "{id}"
        );
    }
    assert_ne!(last("robot-0002").status, RobotStatus::Halted, "resumed");
    assert!(control
        .iter()
        .all(|t| t.robot_id != "robot-0005" || t.status != RobotStatus::Halted));
    let dlq = read(&w, names::DLQ);
    assert!(dlq.iter().any(|r| r
        .headers
        .iter()
        .any(|(k, v)| k == "fleetctl.error.class" && v == "unknown_key")));
}

/// A fleet-wide halt of many robots (FLEET_ROBOTS, default 1000): every robot acknowledges, and
/// the p50/p99/max of acknowledgement time minus issue time are printed (a measurement only; for
/// the 10,000 robots: FLEET_ROBOTS=10000 cargo test --release -- halt_latency --nocapture).
#[test]
fn halt_latency() {
    crate::needs_broker!();
    let robots: u32 = std::env::var("FLEET_ROBOTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let w = world("latency", robots, &["safety"]);
    let mut sim = w.kafka();
    sim.args([
        "--format",
        "json",
        "simulate",
        "--robots",
        &robots.to_string(),
        "--duration",
        "15s",
    ]);
    let sim = sim.spawn();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while read(&w, names::TELEMETRY_CONTROL).len() < robots as usize {
        assert!(std::time::Instant::now() < deadline, "no telemetry");
        std::thread::sleep(Duration::from_millis(500));
    }
    let safety = Signer::new(load_private(&w.config_dir().join("keys"), Role::Safety).unwrap());
    let halt = safety.command(
        Target::All,
        None,
        Action::Halt {
            reason: "latency".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &halt.bytes);
    let s = finish(sim);
    let mut ms: Vec<i64> = read(&w, names::COMPLETIONS)
        .iter()
        .filter_map(|r| serde_json::from_slice::<Completion>(r.bytes()).ok())
        .filter(|c| c.command_id == halt.command.command_id)
        .map(|c| c.completed_at_ms - c.issued_at_ms)
        .collect();
    ms.sort_unstable();
    assert_eq!(ms.len(), robots as usize, "{s}");
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q) as usize];
    println!(
        "halt of {robots} robots: acknowledged after p50 {} ms, p99 {} ms, max {} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}
