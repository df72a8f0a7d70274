//! The model's fold: robots per zone and status, rates per window, halts and alerts.

use super::*;
use crate::model::fleet::Position;

fn control(id: &str, zone: &str, status: RobotStatus, ts_ms: i64) -> Vec<u8> {
    serde_json::to_vec(&ControlTelemetry {
        robot_id: id.into(),
        zone: zone.into(),
        seq: 1,
        ts_ms,
        position: Position::default(),
        heading_deg: 0.0,
        velocity_mps: 0.0,
        battery_pct: 80.0,
        status,
    })
    .unwrap()
}

fn completion(id: &str, status: CompletionStatus) -> Vec<u8> {
    serde_json::json!({
        "command_id": uuid::Uuid::new_v4(), "robot_id": id, "status": status,
        "action": "MOVE_TO", "completed_at_ms": 1, "by": "executor-0"
    })
    .to_string()
    .into_bytes()
}

fn envelope(target: Target, action: Action) -> Vec<u8> {
    let key = crate::signing::RoleKey::generate(crate::signing::Role::Safety);
    let signer = crate::signing::envelope::Signer::new(key);
    signer.command(target, None, action, false).bytes
}

#[test]
fn robots_count_per_zone_by_their_latest_recent_report() {
    let mut m = Model::new(30_000, TelemetryDecoders::default());
    let now = 100_000;
    m.apply(
        Source::Control,
        None,
        Some(&control("r1", "z1", RobotStatus::Idle, now - 5_000)),
        false,
    );
    m.apply(
        Source::Control,
        None,
        Some(&control("r1", "z1", RobotStatus::Moving, now - 1_000)),
        true,
    );
    m.apply(
        Source::Control,
        None,
        Some(&control("r2", "z2", RobotStatus::Halted, now - 1_000)),
        true,
    );
    // Reported long ago and no robot-state: no longer counted.
    m.apply(
        Source::Control,
        None,
        Some(&control("r3", "z2", RobotStatus::Idle, now - 60_000)),
        false,
    );
    let s = m.snapshot(now, 2.0, Backlog::default());
    assert_eq!(s.view(None).robot_count(), 2);
    assert_eq!(
        s.view(Some("z1")).robots.get(&RobotStatus::Moving),
        Some(&1)
    );
    assert_eq!(
        s.view(Some("z2")).robots.get(&RobotStatus::Halted),
        Some(&1)
    );
    // Two live reports in a 2 s window: one per second, all of it in the two zones.
    assert_eq!(s.rate(&s.view(None), Flow::Telemetry), 1.0);
    assert_eq!(s.rate(&s.view(Some("z1")), Flow::Telemetry), 0.5);
    // The next window starts empty.
    let s = m.snapshot(now, 1.0, Backlog::default());
    assert_eq!(s.rate(&s.view(None), Flow::Telemetry), 0.0);
}

#[test]
fn completions_count_in_their_robots_zone() {
    let mut m = Model::new(30_000, TelemetryDecoders::default());
    m.apply(
        Source::Control,
        None,
        Some(&control("r1", "z1", RobotStatus::Idle, 1)),
        false,
    );
    for st in [
        CompletionStatus::Executed,
        CompletionStatus::Executed,
        CompletionStatus::Failed,
    ] {
        m.apply(
            Source::Completions,
            Some(b"r1"),
            Some(&completion("r1", st)),
            true,
        );
    }
    m.apply(
        Source::Completions,
        Some(b"rx"),
        Some(&completion("rx", CompletionStatus::Rejected)),
        true,
    );
    let s = m.snapshot(10, 1.0, Backlog::default());
    let z1 = s.view(Some("z1"));
    assert_eq!(z1.flows.get(&Flow::Executed), Some(&2));
    assert_eq!(z1.flows.get(&Flow::Failed), Some(&1));
    assert_eq!(s.view(Some(NO_ZONE)).flows.get(&Flow::Rejected), Some(&1));
}

#[test]
fn halts_fold_in_order_and_filter_by_zone() {
    let mut m = Model::new(30_000, TelemetryDecoders::default());
    m.apply(
        Source::Control,
        None,
        Some(&control("r7", "z3", RobotStatus::Idle, 1)),
        false,
    );
    let halt = || Action::Halt {
        reason: "test".into(),
    };
    m.apply(
        Source::Halts,
        None,
        Some(&envelope(Target::Zone("z1".into()), halt())),
        false,
    );
    m.apply(
        Source::Halts,
        None,
        Some(&envelope(Target::Zone("z2".into()), halt())),
        false,
    );
    m.apply(
        Source::Halts,
        None,
        Some(&envelope(Target::Robot("r7".into()), halt())),
        false,
    );
    m.apply(
        Source::Halts,
        None,
        Some(&envelope(Target::Zone("z2".into()), Action::Resume)),
        false,
    );
    let s = m.snapshot(10, 1.0, Backlog::default());
    let scopes = |z| {
        s.halts_in(z)
            .iter()
            .map(|h| h.scope.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(scopes(None), ["zone z1", "robot r7"]);
    assert_eq!(scopes(Some("z3")), ["robot r7"]);
    assert!(scopes(Some("z2")).is_empty());
}

#[test]
fn open_alerts_are_the_latest_state_per_alert() {
    let mut m = Model::new(30_000, TelemetryDecoders::default());
    let alert = |id: &str, status: &str, sev: &str| {
        serde_json::json!({
            "alert_id": id, "anomaly_id": "a", "vehicle_id": "v",
            "event_time": "2025-01-01T00:00:00Z", "processing_time": "2025-01-01T00:00:00Z",
            "alert_status": status, "severity": sev, "anomaly_type": "sudden_deceleration",
            "assigned_operator_id": null, "created_at": "2025-01-01T00:00:00Z"
        })
        .to_string()
        .into_bytes()
    };
    m.apply(
        Source::Alerts,
        None,
        Some(&alert("a1", "OPEN", "CRITICAL")),
        false,
    );
    m.apply(
        Source::Alerts,
        None,
        Some(&alert("a2", "OPEN", "WARNING")),
        false,
    );
    m.apply(
        Source::Alerts,
        None,
        Some(&alert("a2", "RESOLVED", "WARNING")),
        false,
    );
    m.apply(
        Source::Alerts,
        None,
        Some(&alert("a3", "OPEN", "CRITICAL")),
        false,
    );
    let s = m.snapshot(10, 1.0, Backlog::default());
    assert_eq!(s.open_alerts.get(&Severity::Critical), Some(&2));
    assert_eq!(s.open_alerts.get(&Severity::Warning), None);
}
