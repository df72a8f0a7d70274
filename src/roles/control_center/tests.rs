//! Unit tests of the control center policy and canary.

use super::*;
use crate::model::fleet::Position;

fn report(status: RobotStatus, battery: f64, position: Position) -> ControlTelemetry {
    ControlTelemetry {
        robot_id: "robot-0001".into(),
        zone: "zone-1".into(),
        seq: 1,
        ts_ms: 0,
        position,
        heading_deg: 0.0,
        velocity_mps: 0.0,
        battery_pct: battery,
        status,
    }
}

#[test]
fn policy_rules() {
    let mut rng = StdRng::seed_from_u64(1);
    let base = zone_base("zone-1");
    let away = Position {
        x: 1100.0,
        y: 900.0,
    };
    let name = |a: Option<Action>| a.map(|a| a.name());
    assert_eq!(
        name(policy(
            &report(RobotStatus::Idle, 50.0, base),
            20.0,
            None,
            &mut rng
        )),
        Some("CHARGE")
    );
    assert_eq!(
        name(policy(
            &report(RobotStatus::Idle, 90.0, base),
            20.0,
            None,
            &mut rng
        )),
        Some("MOVE_TO")
    );
    assert_eq!(
        name(policy(
            &report(RobotStatus::Idle, 10.0, away),
            20.0,
            None,
            &mut rng
        )),
        Some("RETURN_TO_BASE")
    );
    assert_eq!(
        name(policy(
            &report(RobotStatus::Moving, 10.0, away),
            20.0,
            None,
            &mut rng
        )),
        Some("RETURN_TO_BASE")
    );
    assert_eq!(
        name(policy(
            &report(RobotStatus::Moving, 10.0, away),
            20.0,
            Some("RETURN_TO_BASE"),
            &mut rng
        )),
        None
    );
    assert_eq!(
        name(policy(
            &report(RobotStatus::Moving, 60.0, away),
            20.0,
            None,
            &mut rng
        )),
        None
    );
    for s in [
        RobotStatus::Halted,
        RobotStatus::Fault,
        RobotStatus::Charging,
    ] {
        assert_eq!(
            name(policy(&report(s, 10.0, away), 20.0, None, &mut rng)),
            None
        );
    }
    match policy(&report(RobotStatus::Idle, 90.0, away), 20.0, None, &mut rng) {
        Some(Action::MoveTo { x, y }) => {
            assert!((1000.0..=2000.0).contains(&x) && (0.0..=1000.0).contains(&y))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn canary_is_stable_and_about_the_fraction() {
    let ids: Vec<String> = (1..=2000).map(|n| format!("robot-{n:04}")).collect();
    let n = ids.iter().filter(|id| in_canary(id, 0.1)).count();
    assert!((140..260).contains(&n), "{n}");
    assert!(ids.iter().all(|id| in_canary(id, 1.0)));
    assert!(!ids.iter().any(|id| in_canary(id, 0.0)));
    assert_eq!(in_canary("robot-0042", 0.5), in_canary("robot-0042", 0.5));
    // a robot in a smaller canary stays in a bigger one
    assert!(ids
        .iter()
        .filter(|id| in_canary(id, 0.1))
        .all(|id| in_canary(id, 0.3)));
}
