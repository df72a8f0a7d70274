//! Unit tests of the robot physics.

use super::*;
use rand::SeedableRng;

fn robot() -> Robot {
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut r = Robot::new("robot-0001".into(), zone_name(2), &mut rng);
    r.battery_pct = 50.0;
    r
}

#[test]
fn zones_and_bases() {
    assert_eq!(zone_index("zone-3"), 3);
    assert_eq!(zone_index("elsewhere"), 0);
    assert_eq!(
        zone_base("zone-1"),
        Position {
            x: 1500.0,
            y: 500.0
        }
    );
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    for _ in 0..100 {
        let p = random_point("zone-2", &mut rng);
        assert!((2000.0..3000.0).contains(&p.x) && (0.0..1000.0).contains(&p.y));
    }
}

#[test]
fn moves_to_a_waypoint_and_stops_there() {
    let mut r = robot();
    let goal = Position {
        x: r.position.x + 30.0,
        y: r.position.y + 40.0,
    };
    r.apply(Order::MoveTo(goal));
    r.step(1.0);
    assert_eq!(r.status, RobotStatus::Moving);
    assert_eq!(r.velocity_mps, SPEED_MPS);
    assert!((distance(r.position, goal) - 47.0).abs() < 1e-9);
    for _ in 0..20 {
        r.step(1.0);
    }
    assert_eq!(r.position, goal);
    assert_eq!(r.status, RobotStatus::Idle);
    assert_eq!(r.velocity_mps, 0.0);
    assert!(r.battery_pct < 50.0);
}

#[test]
fn returns_to_base_and_charges_to_full() {
    let mut r = robot();
    r.battery_pct = 100.0;
    r.apply(Order::ReturnToBase);
    for _ in 0..1000 {
        r.step(1.0);
    }
    assert!(r.at_base());
    r.apply(Order::Charge);
    r.step(1.0);
    assert_eq!(r.status, RobotStatus::Charging);
    let mut steps = 0;
    while r.status == RobotStatus::Charging && steps < 100 {
        r.step(1.0);
        steps += 1;
    }
    assert_eq!((r.status, r.battery_pct), (RobotStatus::Idle, 100.0));
}

#[test]
fn halt_stops_at_once_and_resume_restores() {
    let mut r = robot();
    let goal = Position {
        x: r.position.x + 500.0,
        y: r.position.y,
    };
    r.apply(Order::MoveTo(goal));
    r.step(1.0);
    r.halt();
    assert_eq!((r.status, r.velocity_mps), (RobotStatus::Halted, 0.0));
    let before = r.position;
    r.step(1.0);
    assert_eq!(r.position, before, "a halted robot does not move");
    // an executed order while halted changes what it resumes to, not the halt
    r.apply(Order::Stop);
    assert_eq!(r.status, RobotStatus::Halted);
    r.resume();
    assert_eq!((r.status, r.target), (RobotStatus::Idle, None));

    r.apply(Order::MoveTo(goal));
    r.halt();
    r.halt();
    r.resume();
    assert_eq!((r.status, r.target), (RobotStatus::Moving, Some(goal)));
}

#[test]
fn empty_battery_is_a_fault_until_charged() {
    let mut r = robot();
    r.battery_pct = 0.1;
    r.apply(Order::MoveTo(Position {
        x: r.position.x + 900.0,
        y: r.position.y,
    }));
    for _ in 0..5 {
        r.step(1.0);
    }
    assert_eq!(r.status, RobotStatus::Fault);
    r.apply(Order::MoveTo(Position::default()));
    assert_eq!(r.status, RobotStatus::Fault);
    r.apply(Order::Charge);
    r.step(1.0);
    assert!(r.battery_pct > 0.0);
}

#[test]
fn normal_readings_stay_below_warnings_and_spikes_pass_critical() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    let mut r = robot();
    r.apply(Order::MoveTo(Position {
        x: r.position.x + 900.0,
        y: r.position.y,
    }));
    r.step(1.0);
    for _ in 0..1000 {
        let s = r.safety(0, None, &mut rng);
        assert!(s.temperature_c < 80.0 && s.vibration_mm_s < 15.0 && s.tilt_deg < 20.0);
        assert!(s.radiation_usv_h < 150.0 && s.obstacle_distance_m > 2.0);
    }
    assert!(
        r.safety(0, Some(Sensor::Temperature), &mut rng)
            .temperature_c
            > 100.0
    );
    assert!(
        r.safety(0, Some(Sensor::Obstacle), &mut rng)
            .obstacle_distance_m
            < 0.5
    );
}

#[test]
fn chaos_draws_faults_at_the_given_rate() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    assert!((0..1000).all(|_| draw_fault(0.0, &mut rng).is_none()));
    let n = (0..10_000)
        .filter(|_| draw_fault(0.1, &mut rng).is_some())
        .count();
    assert!((800..1200).contains(&n), "{n}");
    assert!((0..100).all(|_| draw_fault(1.0, &mut rng).is_some()));
}
