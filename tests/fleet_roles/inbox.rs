//! Robots act on executed, non-dry-run completions and dead-letter the ones they cannot read.

use std::time::Duration;

use fleetctl::catalog::names;
use fleetctl::model::fleet::{Completion, CompletionStatus, ControlTelemetry, RobotStatus};

use super::{finish, produce, read, world};

fn completion(robot: &str, action: &str, params: serde_json::Value, dry_run: bool) -> Vec<u8> {
    let c = Completion {
        command_id: uuid::Uuid::new_v4(),
        robot_id: robot.into(),
        status: CompletionStatus::Executed,
        action: action.into(),
        params,
        reason: None,
        dry_run,
        issuer: Some("control".into()),
        issued_at_ms: fleetctl::model::now_ms(),
        completed_at_ms: fleetctl::model::now_ms(),
        by: "executor-0".into(),
    };
    serde_json::to_vec(&c).unwrap()
}

fn reports(w: &crate::support::World) -> Vec<ControlTelemetry> {
    let mut v: Vec<ControlTelemetry> = read(w, names::TELEMETRY_CONTROL)
        .iter()
        .map(|r| serde_json::from_slice(r.bytes()).unwrap())
        .collect();
    v.sort_by_key(|t| t.seq);
    v
}

#[test]
fn robots_move_on_executed_completions_and_ignore_dry_runs() {
    crate::needs_broker!();
    let w = world("inbox", 2, &[]);
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "2",
            "--interval",
            "0.2",
        ])
        .args(["--speedup", "10", "--duration", "6s"])
        .spawn();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let start = loop {
        if let Some(t) = reports(&w)
            .into_iter()
            .rev()
            .find(|t| t.robot_id == "robot-0001")
        {
            break t.position;
        }
        assert!(std::time::Instant::now() < deadline, "no telemetry");
        std::thread::sleep(Duration::from_millis(100));
    };
    let goal = serde_json::json!({"x": start.x + 30.0, "y": start.y});
    produce(
        &w,
        names::COMPLETIONS,
        "robot-0001",
        &completion("robot-0001", "MOVE_TO", goal, false),
    );
    let charge = completion("robot-0002", "CHARGE", serde_json::Value::Null, true);
    produce(&w, names::COMPLETIONS, "robot-0002", &charge);
    produce(&w, names::COMPLETIONS, "robot-0002", b"not a completion");
    let s = finish(sim);
    assert_eq!(s["completions_applied"], 1, "{s}");
    assert_eq!(s["dead_letters"], 1, "{s}");

    let all = reports(&w);
    let one: Vec<&ControlTelemetry> = all.iter().filter(|t| t.robot_id == "robot-0001").collect();
    assert!(one
        .iter()
        .any(|t| t.status == RobotStatus::Moving && t.velocity_mps > 0.0));
    let last = one.last().unwrap();
    assert_eq!(last.status, RobotStatus::Idle, "arrived");
    assert!(
        (last.position.x - (start.x + 30.0)).abs() < 0.01,
        "{:?}",
        last.position
    );
    assert!(all
        .iter()
        .filter(|t| t.robot_id == "robot-0002")
        .all(|t| t.status != RobotStatus::Charging));
    let dlq = read(&w, names::DLQ);
    assert_eq!(dlq.len(), 1);
    assert_eq!(dlq[0].bytes(), b"not a completion");
    assert!(dlq[0]
        .headers
        .iter()
        .any(|(k, v)| k == "fleetctl.dlq.group" && v == "robot-simulator"));
}
