//! The simulator's telemetry JSON, written straight from a robot into a buffer: byte for byte what
//! serde_json writes for `Robot::control` and `Robot::safety_report` (a test holds it to that), at
//! a fraction of the cost, because every reading has two decimals and every key is known to need
//! no escaping. This is the simulator's hot loop: two messages per robot per tick.

use super::physics::{cm, Readings, Robot};

/// Appends the JSON of the robot's control report to `out`.
pub fn control(r: &Robot, ts_ms: i64, out: &mut Vec<u8>) {
    head(r, ts_ms, out);
    out.extend_from_slice(b",\"position\":{\"x\":");
    hundredths(r.position.x, out);
    out.extend_from_slice(b",\"y\":");
    hundredths(r.position.y, out);
    out.extend_from_slice(b"},\"heading_deg\":");
    hundredths(r.heading_deg, out);
    out.extend_from_slice(b",\"velocity_mps\":");
    hundredths(r.velocity_mps, out);
    out.extend_from_slice(b",\"battery_pct\":");
    hundredths(r.battery_pct, out);
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(r.status.as_str().as_bytes());
    out.extend_from_slice(b"\"}");
}

/// Appends the JSON of the robot's safety report carrying `x` to `out`.
pub fn safety(r: &Robot, ts_ms: i64, x: &Readings, out: &mut Vec<u8>) {
    head(r, ts_ms, out);
    for (key, v) in [
        (&b",\"temperature_c\":"[..], x.temperature_c),
        (b",\"vibration_mm_s\":", x.vibration_mm_s),
        (b",\"energy_draw_w\":", x.energy_draw_w),
        (b",\"radiation_usv_h\":", x.radiation_usv_h),
        (b",\"obstacle_distance_m\":", x.obstacle_distance_m),
        (b",\"tilt_deg\":", x.tilt_deg),
    ] {
        out.extend_from_slice(key);
        hundredths(v, out);
    }
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(r.status.as_str().as_bytes());
    out.extend_from_slice(b"\"}");
}

/// The fields both reports start with.
fn head(r: &Robot, ts_ms: i64, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"robot_id\":");
    string(&r.id, out);
    out.extend_from_slice(b",\"zone\":");
    string(&r.zone, out);
    out.extend_from_slice(b",\"seq\":");
    unsigned(r.seq, out);
    out.extend_from_slice(b",\"ts_ms\":");
    if ts_ms < 0 {
        out.push(b'-');
    }
    unsigned(ts_ms.unsigned_abs(), out);
}

/// A string; ids and zone names need no escaping, anything else goes through serde_json.
fn string(s: &str, out: &mut Vec<u8>) {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"\"\"");
    }
}

/// "00" to "99", two digits at a time.
const PAIRS: &[u8; 200] = b"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

fn pair(n: u64) -> [u8; 2] {
    let i = n as usize * 2;
    [PAIRS[i], PAIRS[i + 1]]
}

fn unsigned(mut n: u64, out: &mut Vec<u8>) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        i -= 2;
        digits[i..i + 2].copy_from_slice(&pair(n % 100));
        n /= 100;
    }
    if n >= 10 {
        i -= 2;
        digits[i..i + 2].copy_from_slice(&pair(n));
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[i..]);
}

/// `cm(v)` as serde_json writes it (`12.0`, `12.3` or `12.34`, the shortest round-trip form of
/// a double with two decimals), computed from `v` without forming `cm(v)`; values too large for
/// every two-decimal number to have its own double go through serde_json.
fn hundredths(v: f64, out: &mut Vec<u8>) {
    let scaled = v * 100.0;
    // NaN and infinities fail the test too.
    if scaled.is_nan() || scaled.abs() >= 1e13 {
        if serde_json::to_writer(&mut *out, &cm(v)).is_err() {
            out.extend_from_slice(b"null");
        }
        return;
    }
    // Rounds half away from zero, as `cm` does.
    let n = (scaled + 0.5f64.copysign(scaled)) as i64;
    if n < 0 {
        out.push(b'-');
    }
    let n = n.unsigned_abs();
    unsigned(n / 100, out);
    let frac = pair(n % 100);
    if frac[1] == b'0' {
        out.extend_from_slice(&[b'.', frac[0]]);
    } else {
        out.extend_from_slice(&[b'.', frac[0], frac[1]]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fleet::RobotStatus;
    use rand::{Rng, SeedableRng};

    fn value(rng: &mut impl Rng) -> f64 {
        match rng.gen_range(0..10) {
            0 => 0.0,
            1 => -0.0,
            2 => rng.gen_range(-1e6..1e6),
            3 => rng.gen_range(-1e20..1e20),
            4 => (rng.gen_range(-1e6..1e6) * 10.0_f64).round() / 10.0,
            5 => [f64::NAN, f64::INFINITY, 1e15, -1e14][rng.gen_range(0..4)],
            _ => (rng.gen_range(-5e4..5e4) * 100.0_f64).round() / 100.0,
        }
    }

    #[test]
    fn hundredths_are_written_as_serde_json_writes_cm() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        let mut ours = Vec::new();
        for _ in 0..200_000 {
            let v = value(&mut rng);
            ours.clear();
            hundredths(v, &mut ours);
            assert_eq!(
                String::from_utf8_lossy(&ours),
                serde_json::to_string(&cm(v)).expect("serde"),
                "{v:?}"
            );
        }
    }

    #[test]
    fn reports_are_byte_for_byte_what_serde_json_writes() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let mut ours = Vec::new();
        for i in 0..20_000u64 {
            let zone = if i % 7 == 0 {
                "z\"q\\\u{1}é"
            } else {
                "zone-b"
            };
            let mut r = Robot::new(format!("robot-{i:05}"), zone.into(), &mut rng);
            r.position.x = value(&mut rng);
            r.position.y = value(&mut rng);
            r.heading_deg = value(&mut rng);
            r.velocity_mps = value(&mut rng);
            r.battery_pct = value(&mut rng);
            r.seq = i * 7919;
            r.status = [RobotStatus::Idle, RobotStatus::Halted][i as usize % 2];
            let ts = rng.gen_range(-5..1_800_000_000_000);
            ours.clear();
            control(&r, ts, &mut ours);
            let theirs = serde_json::to_vec(&r.control(ts)).expect("serde");
            assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(&theirs));
            let x = r.readings(None, &mut rng);
            ours.clear();
            safety(&r, ts, &x, &mut ours);
            let theirs = serde_json::to_vec(&r.safety_report(ts, x)).expect("serde");
            assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(&theirs));
        }
    }
}
