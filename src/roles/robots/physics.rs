//! One simulated robot: its state and per-tick physics, with no I/O, so it is cheap and testable.
//!
//! The surface is split into square zones of `ZONE_SIZE_M` metres side by side along x: zone
//! `zone-K` covers x in [K·1000, (K+1)·1000) and y in [0, 1000), and its base (where robots go
//! home and charge) is the zone's centre. docs/fleet.md documents these numbers.

use rand::Rng;

pub use super::chaos::{draw_fault, Fault, Sensor};
use crate::model::fleet::{ControlTelemetry, Position, RobotStatus, SafetyTelemetry};

/// Side of a zone, metres.
pub const ZONE_SIZE_M: f64 = 1000.0;
/// Driving speed, m/s.
pub const SPEED_MPS: f64 = 3.0;
/// A robot closer than this to its base counts as at base.
pub const AT_BASE_M: f64 = 5.0;
/// Battery drain while driving, percent per simulated second.
pub const MOVE_DRAIN_PCT_S: f64 = 0.3;
/// Battery drain while standing (idle or halted), percent per simulated second.
pub const IDLE_DRAIN_PCT_S: f64 = 0.02;
/// Charging rate, percent per simulated second.
pub const CHARGE_PCT_S: f64 = 2.0;

/// The name of zone `k`.
pub fn zone_name(k: u32) -> String {
    format!("zone-{k}")
}

/// The number of a zone named `zone-K`; other names count as zone 0.
pub fn zone_index(zone: &str) -> u32 {
    zone.strip_prefix("zone-")
        .and_then(|k| k.parse().ok())
        .unwrap_or(0)
}

/// Where a zone's base is: its centre.
pub fn zone_base(zone: &str) -> Position {
    let k = f64::from(zone_index(zone));
    Position {
        x: k * ZONE_SIZE_M + ZONE_SIZE_M / 2.0,
        y: ZONE_SIZE_M / 2.0,
    }
}

/// A uniformly random point of a zone.
pub fn random_point(zone: &str, rng: &mut impl Rng) -> Position {
    let k = f64::from(zone_index(zone));
    Position {
        x: k * ZONE_SIZE_M + rng.gen_range(0.0..ZONE_SIZE_M),
        y: rng.gen_range(0.0..ZONE_SIZE_M),
    }
}

/// Distance between two points, metres.
pub fn distance(a: Position, b: Position) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// What the executor completed for a robot, as the robot acts on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Order {
    /// Drive to a point.
    MoveTo(Position),
    /// Drive to the zone's base.
    ReturnToBase,
    /// Charge where it stands.
    Charge,
    /// Stand still.
    Stop,
}

/// Status and waypoint kept across a halt, restored on resume.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Held {
    /// Status before the halt.
    status: RobotStatus,
    /// Waypoint before the halt.
    target: Option<Position>,
}

/// One robot.
#[derive(Debug, Clone)]
pub struct Robot {
    /// Robot id (`robot-0001`).
    pub id: String,
    /// Zone (`zone-0`).
    pub zone: String,
    /// Sequence number of the last report.
    pub seq: u64,
    /// Where it is.
    pub position: Position,
    /// Heading, degrees from north.
    pub heading_deg: f64,
    /// Speed, m/s.
    pub velocity_mps: f64,
    /// Battery, percent.
    pub battery_pct: f64,
    /// Status.
    pub status: RobotStatus,
    /// Waypoint while moving.
    pub target: Option<Position>,
    /// Ticks left of an injected silence.
    pub silent_ticks: u32,
    /// What a halt interrupted.
    held: Option<Held>,
    /// This robot's normal temperature standing still, °C.
    base_temp_c: f64,
    /// Radiation where it works, µSv/h.
    base_radiation: f64,
}

impl Robot {
    /// A robot at a random point of its zone, idle, with 25–100 % battery.
    pub fn new(id: String, zone: String, rng: &mut impl Rng) -> Self {
        let position = random_point(&zone, rng);
        Robot {
            id,
            zone,
            seq: 0,
            position,
            heading_deg: rng.gen_range(0.0..360.0),
            velocity_mps: 0.0,
            battery_pct: rng.gen_range(25.0..100.0),
            status: RobotStatus::Idle,
            target: None,
            silent_ticks: 0,
            held: None,
            base_temp_c: rng.gen_range(15.0..40.0),
            base_radiation: rng.gen_range(40.0..70.0),
        }
    }

    /// Advances the robot by `dt` simulated seconds.
    pub fn step(&mut self, dt: f64) {
        match self.status {
            RobotStatus::Moving => self.drive(dt),
            RobotStatus::Charging => {
                self.velocity_mps = 0.0;
                self.battery_pct += CHARGE_PCT_S * dt;
                if self.battery_pct >= 100.0 {
                    self.battery_pct = 100.0;
                    self.status = RobotStatus::Idle;
                }
            }
            RobotStatus::Idle | RobotStatus::Halted => {
                self.velocity_mps = 0.0;
                self.battery_pct -= IDLE_DRAIN_PCT_S * dt;
            }
            RobotStatus::Fault => self.velocity_mps = 0.0,
        }
        self.battery_pct = self.battery_pct.clamp(0.0, 100.0);
    }

    fn drive(&mut self, dt: f64) {
        let Some(target) = self.target else {
            self.status = RobotStatus::Idle;
            self.velocity_mps = 0.0;
            return;
        };
        if self.battery_pct <= 0.0 {
            // An empty battery strands the robot until it is charged.
            self.status = RobotStatus::Fault;
            self.velocity_mps = 0.0;
            return;
        }
        let (dx, dy) = (target.x - self.position.x, target.y - self.position.y);
        let dist = dx.hypot(dy);
        let reach = SPEED_MPS * dt;
        if dist > 0.0 {
            self.heading_deg = dx.atan2(dy).to_degrees().rem_euclid(360.0);
        }
        self.battery_pct -= MOVE_DRAIN_PCT_S * dt;
        if dist <= reach {
            self.position = target;
            self.target = None;
            self.status = RobotStatus::Idle;
            self.velocity_mps = 0.0;
        } else {
            self.position.x += dx / dist * reach;
            self.position.y += dy / dist * reach;
            self.velocity_mps = SPEED_MPS;
        }
    }

    /// Acts on an executed command. A halted robot stays halted: the order changes what it
    /// resumes to. A robot in FAULT only accepts CHARGE and STOP.
    pub fn apply(&mut self, order: Order) {
        let (status, target) = match order {
            Order::MoveTo(p) => (RobotStatus::Moving, Some(p)),
            Order::ReturnToBase => (RobotStatus::Moving, Some(zone_base(&self.zone))),
            Order::Charge => (RobotStatus::Charging, None),
            Order::Stop => (RobotStatus::Idle, None),
        };
        if self.status == RobotStatus::Halted {
            self.held = Some(Held { status, target });
            return;
        }
        if self.status == RobotStatus::Fault && status == RobotStatus::Moving {
            return;
        }
        self.status = status;
        self.target = target;
        if status != RobotStatus::Moving {
            self.velocity_mps = 0.0;
        }
    }

    /// Stops at once, keeping what it was doing for a resume.
    pub fn halt(&mut self) {
        if self.status != RobotStatus::Halted {
            self.held = Some(Held {
                status: self.status,
                target: self.target,
            });
            self.status = RobotStatus::Halted;
        }
        self.velocity_mps = 0.0;
    }

    /// Goes back to what the halt interrupted; a robot that is not halted is unchanged.
    pub fn resume(&mut self) {
        if self.status != RobotStatus::Halted {
            return;
        }
        let held = self.held.take().unwrap_or(Held {
            status: RobotStatus::Idle,
            target: None,
        });
        self.status = held.status;
        self.target = held.target;
    }

    /// Whether it stands at its zone's base.
    pub fn at_base(&self) -> bool {
        distance(self.position, zone_base(&self.zone)) <= AT_BASE_M
    }

    /// The next report's sequence number.
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Position and status, for `robot-telemetry-control` (the tick loop writes the same JSON
    /// straight from the robot, see `encode`).
    pub fn control(&self, ts_ms: i64) -> ControlTelemetry {
        ControlTelemetry {
            robot_id: self.id.clone(),
            zone: self.zone.clone(),
            seq: self.seq,
            ts_ms,
            position: Position {
                x: cm(self.position.x),
                y: cm(self.position.y),
            },
            heading_deg: cm(self.heading_deg),
            velocity_mps: cm(self.velocity_mps),
            battery_pct: cm(self.battery_pct),
            status: self.status,
        }
    }

    /// Environment readings, for `robot-telemetry-safety`; `spike` pushes one past critical.
    pub fn safety(&self, ts_ms: i64, spike: Option<Sensor>, rng: &mut impl Rng) -> SafetyTelemetry {
        self.safety_report(ts_ms, self.readings(spike, rng))
    }

    /// The safety report carrying `readings`.
    pub fn safety_report(&self, ts_ms: i64, readings: Readings) -> SafetyTelemetry {
        SafetyTelemetry {
            robot_id: self.id.clone(),
            zone: self.zone.clone(),
            seq: self.seq,
            ts_ms,
            temperature_c: readings.temperature_c,
            vibration_mm_s: readings.vibration_mm_s,
            energy_draw_w: readings.energy_draw_w,
            radiation_usv_h: readings.radiation_usv_h,
            obstacle_distance_m: readings.obstacle_distance_m,
            tilt_deg: readings.tilt_deg,
            status: Some(self.status),
        }
    }

    /// Fresh environment readings, two decimals each; `spike` pushes one past critical.
    pub fn readings(&self, spike: Option<Sensor>, rng: &mut impl Rng) -> Readings {
        let moving = self.status == RobotStatus::Moving;
        let (heat, draw) = match self.status {
            RobotStatus::Moving => (15.0, rng.gen_range(120.0..180.0)),
            RobotStatus::Charging => (10.0, rng.gen_range(400.0..450.0)),
            RobotStatus::Halted | RobotStatus::Fault => (0.0, rng.gen_range(8.0..12.0)),
            RobotStatus::Idle => (0.0, rng.gen_range(20.0..30.0)),
        };
        let mut out = Readings {
            temperature_c: self.base_temp_c + heat + rng.gen_range(-1.5..1.5),
            vibration_mm_s: if moving {
                rng.gen_range(3.0..8.0)
            } else {
                rng.gen_range(0.2..1.0)
            },
            energy_draw_w: draw,
            radiation_usv_h: self.base_radiation + rng.gen_range(-5.0..5.0),
            obstacle_distance_m: if moving {
                rng.gen_range(3.0..50.0)
            } else {
                rng.gen_range(10.0..80.0)
            },
            tilt_deg: rng.gen_range(0.0..8.0),
        };
        match spike {
            Some(Sensor::Temperature) => out.temperature_c = rng.gen_range(105.0..130.0),
            Some(Sensor::Vibration) => out.vibration_mm_s = rng.gen_range(30.0..60.0),
            Some(Sensor::Tilt) => out.tilt_deg = rng.gen_range(35.0..50.0),
            Some(Sensor::Radiation) => out.radiation_usv_h = rng.gen_range(600.0..1500.0),
            Some(Sensor::Obstacle) => out.obstacle_distance_m = rng.gen_range(0.05..0.4),
            Some(Sensor::Energy) => out.energy_draw_w = rng.gen_range(2000.0..3000.0),
            None => {}
        }
        for v in [
            &mut out.temperature_c,
            &mut out.vibration_mm_s,
            &mut out.energy_draw_w,
            &mut out.radiation_usv_h,
            &mut out.obstacle_distance_m,
            &mut out.tilt_deg,
        ] {
            *v = cm(*v);
        }
        out
    }
}

/// One safety report's environment readings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readings {
    /// Temperature, °C.
    pub temperature_c: f64,
    /// Vibration, mm/s.
    pub vibration_mm_s: f64,
    /// Energy draw, W.
    pub energy_draw_w: f64,
    /// Radiation, µSv/h.
    pub radiation_usv_h: f64,
    /// Distance to the nearest obstacle, m.
    pub obstacle_distance_m: f64,
    /// Tilt, degrees.
    pub tilt_deg: f64,
}

/// Two decimals: what the sensors resolve, and far shorter JSON than full doubles. Rounds half
/// away from zero without a libm call (eight per robot per tick; readings stay far below 2^50).
pub(super) fn cm(v: f64) -> f64 {
    let scaled = v * 100.0;
    if scaled.abs() < 1e15 {
        ((scaled + 0.5f64.copysign(scaled)) as i64) as f64 / 100.0
    } else {
        v
    }
}

#[cfg(test)]
mod tests;
