//! The simulator's telemetry in the Confluent wire format: the 5-byte header, then the report as
//! JSON (`json-sr`) or as Avro binary written straight from the robot (`avro-sr`), byte for byte
//! what apache-avro writes for `Robot::control` and `Robot::safety_report` with the code's Avro
//! schemas (a test holds it to that). Hand-written for the same reason as encode.rs: this is the
//! hot loop, and the generic path (serde → Avro value → bytes) allocates per field.

use super::encode;
use super::physics::{cm, Readings, Robot};
use crate::model::fleet::RobotStatus;
use crate::schemas::wire::{ValueFormat, HEADER_LEN};

/// How the simulator writes its two telemetry topics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wire {
    /// The format.
    pub format: ValueFormat,
    /// Header of `robot-telemetry-control` records (framed formats only).
    pub control: Option<[u8; HEADER_LEN]>,
    /// Header of `robot-telemetry-safety` records (framed formats only).
    pub safety: Option<[u8; HEADER_LEN]>,
}

impl Wire {
    /// Appends the robot's control report to `out`.
    pub fn control(&self, r: &Robot, ts_ms: i64, out: &mut Vec<u8>) {
        if let Some(h) = self.control {
            out.extend_from_slice(&h);
        }
        if self.format == ValueFormat::AvroSr {
            control(r, ts_ms, out);
        } else {
            encode::control(r, ts_ms, out);
        }
    }

    /// Appends the robot's safety report carrying `x` to `out`.
    pub fn safety(&self, r: &Robot, ts_ms: i64, x: &Readings, out: &mut Vec<u8>) {
        if let Some(h) = self.safety {
            out.extend_from_slice(&h);
        }
        if self.format == ValueFormat::AvroSr {
            safety(r, ts_ms, x, out);
        } else {
            encode::safety(r, ts_ms, x, out);
        }
    }
}

/// Avro of the control report (schema src/schemas/avro/robot-telemetry-control.avsc).
fn control(r: &Robot, ts_ms: i64, out: &mut Vec<u8>) {
    head(r, ts_ms, out);
    for v in [
        r.position.x,
        r.position.y,
        r.heading_deg,
        r.velocity_mps,
        r.battery_pct,
    ] {
        double(cm(v), out);
    }
    long(status_index(r.status), out);
}

/// Avro of the safety report (schema src/schemas/avro/robot-telemetry-safety.avsc); the status
/// is the union's second branch.
fn safety(r: &Robot, ts_ms: i64, x: &Readings, out: &mut Vec<u8>) {
    head(r, ts_ms, out);
    for v in [
        x.temperature_c,
        x.vibration_mm_s,
        x.energy_draw_w,
        x.radiation_usv_h,
        x.obstacle_distance_m,
        x.tilt_deg,
    ] {
        double(v, out);
    }
    long(1, out);
    long(status_index(r.status), out);
}

fn head(r: &Robot, ts_ms: i64, out: &mut Vec<u8>) {
    string(&r.id, out);
    string(&r.zone, out);
    long(r.seq as i64, out);
    long(ts_ms, out);
}

/// The symbol's position in the schemas' `RobotStatus` enum.
fn status_index(s: RobotStatus) -> i64 {
    match s {
        RobotStatus::Idle => 0,
        RobotStatus::Moving => 1,
        RobotStatus::Charging => 2,
        RobotStatus::Halted => 3,
        RobotStatus::Fault => 4,
    }
}

/// Avro `long`: zig-zag, then base-128 varint.
fn long(v: i64, out: &mut Vec<u8>) {
    let mut z = ((v << 1) ^ (v >> 63)) as u64;
    while z >= 0x80 {
        out.push((z as u8) | 0x80);
        z >>= 7;
    }
    out.push(z as u8);
}

fn double(v: f64, out: &mut Vec<u8>) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn string(s: &str, out: &mut Vec<u8>) {
    long(s.len() as i64, out);
    out.extend_from_slice(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::names;
    use crate::schemas::{find, Kind};
    use rand::{Rng, SeedableRng};

    fn schema(topic: &str) -> apache_avro::Schema {
        apache_avro::Schema::parse_str(find(topic, Kind::Avro).unwrap().text).unwrap()
    }

    #[test]
    fn reports_are_byte_for_byte_what_apache_avro_writes() {
        let (cs, ss) = (
            schema(names::TELEMETRY_CONTROL),
            schema(names::TELEMETRY_SAFETY),
        );
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        let mut ours = Vec::new();
        for i in 0..2_000u64 {
            let mut r = Robot::new(format!("robot-{i:05}"), "zone-é".into(), &mut rng);
            r.position.x = rng.gen_range(-1e6..1e6);
            r.velocity_mps = rng.gen_range(-5.0..5.0);
            r.seq = i * 7919;
            r.status = [RobotStatus::Idle, RobotStatus::Fault][i as usize % 2];
            let ts = rng.gen_range(-5..1_800_000_000_000);
            let mut theirs = Vec::new();
            crate::schemas::wire::avro_datum(&cs, &r.control(ts), &mut theirs).unwrap();
            ours.clear();
            control(&r, ts, &mut ours);
            assert_eq!(ours, theirs);
            let x = r.readings(None, &mut rng);
            theirs.clear();
            crate::schemas::wire::avro_datum(&ss, &r.safety_report(ts, x), &mut theirs).unwrap();
            ours.clear();
            safety(&r, ts, &x, &mut ours);
            assert_eq!(ours, theirs);
        }
    }
}
