//! The anomaly rules, evaluated on a vehicle's ordered window of recent frames. Each rule only
//! measures; deciding when a physical event starts and ends is the caller's job (hysteresis).

use std::collections::{BTreeMap, VecDeque};

use crate::model::anomaly::{AnomalyType, Evidence, Severity};

/// One frame as the rules need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// raw_telemetry event id.
    pub event_id: String,
    /// Event time, ns since the epoch.
    pub event_time_ns: i64,
    /// Frame number.
    pub frame_index: u64,
    /// Speed in m/s.
    pub speed: f64,
    /// Position x.
    pub x: f64,
    /// Position y.
    pub y: f64,
    /// Velocity x.
    pub vx: f64,
    /// Velocity y.
    pub vy: f64,
    /// Label confidence, if known.
    pub label_probability: Option<f64>,
    /// Partition and offset it was read from, so offsets are committed only once it is evaluated.
    pub source: Option<(i32, i64)>,
}

/// Configurable thresholds of the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    /// sudden_deceleration: deceleration above this (m/s²).
    pub deceleration_mps2: f64,
    /// sudden_deceleration: and a speed drop above this (m/s) ...
    pub speed_drop_mps: f64,
    /// ... within this window (ms).
    pub window_ms: i64,
    /// perception_instability: label probability swing (max − min over the ring) above this.
    pub label_swing: f64,
    /// perception_instability: a frame is jittery when its position is this far (m) from where
    /// the previous position and velocity put it.
    pub jitter_m: f64,
    /// perception_instability: at least this many jittery frames in the ring.
    pub jitter_frames: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            deceleration_mps2: 3.0,
            speed_drop_mps: 5.0,
            window_ms: 500,
            label_swing: 0.4,
            jitter_m: 1.0,
            jitter_frames: 3,
        }
    }
}

/// What a rule measured on the current window.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Which rule.
    pub anomaly_type: AnomalyType,
    /// Whether its condition holds now.
    pub firing: bool,
    /// How bad, when firing.
    pub severity: Severity,
    /// Rule name and condition, for people.
    pub triggered_rule: &'static str,
    /// Measured values; a fixed array because the rules run on every frame and allocating a
    /// map each time would dominate the detector's cost. It becomes a map only in an anomaly.
    pub features: [(&'static str, f64); 4],
}

fn dt_s(a: &Frame, b: &Frame) -> f64 {
    (b.event_time_ns - a.event_time_ns) as f64 / 1e9
}

/// Hard braking: the highest deceleration between consecutive frames in the window, and the
/// drop from the highest speed in the window to the current one.
pub fn sudden_deceleration(ring: &VecDeque<Frame>, t: &Thresholds) -> Option<Finding> {
    let cur = ring.back()?;
    let start_ns = cur.event_time_ns - t.window_ms * 1_000_000;
    let mut max_speed = cur.speed;
    let mut max_decel = 0.0f64;
    let mut prev: Option<&Frame> = None;
    for f in ring.iter().filter(|f| f.event_time_ns >= start_ns) {
        max_speed = max_speed.max(f.speed);
        if let Some(p) = prev {
            let dt = dt_s(p, f);
            if dt > 0.0 {
                max_decel = max_decel.max((p.speed - f.speed) / dt);
            }
        }
        prev = Some(f);
    }
    let drop = max_speed - cur.speed;
    let firing = max_decel > t.deceleration_mps2 && drop > t.speed_drop_mps;
    let severe = max_decel >= 2.0 * t.deceleration_mps2 || drop >= 2.0 * t.speed_drop_mps;
    Some(Finding {
        anomaly_type: AnomalyType::SuddenDeceleration,
        firing,
        severity: if severe {
            Severity::Critical
        } else {
            Severity::Warning
        },
        triggered_rule: "sudden_deceleration: deceleration > deceleration_mps2 and speed drop > speed_drop_mps within window_ms",
        features: [
            ("deceleration_mps2", max_decel),
            ("speed_drop_mps", drop),
            ("speed_before_mps", max_speed),
            ("speed_after_mps", cur.speed),
        ],
    })
}

/// Unstable perception: label confidence swinging, or positions jumping in ways the velocity
/// does not explain.
pub fn perception_instability(ring: &VecDeque<Frame>, t: &Thresholds) -> Option<Finding> {
    if ring.len() < 3 {
        return None;
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in ring.iter().filter_map(|f| f.label_probability) {
        lo = lo.min(p);
        hi = hi.max(p);
    }
    let swing = if hi >= lo { hi - lo } else { 0.0 };
    let mut jittery = 0usize;
    let mut max_residual = 0.0f64;
    for (a, b) in ring.iter().zip(ring.iter().skip(1)) {
        let dt = dt_s(a, b);
        if dt <= 0.0 {
            continue;
        }
        let ex = a.x + a.vx * dt;
        let ey = a.y + a.vy * dt;
        let r = ((b.x - ex).powi(2) + (b.y - ey).powi(2)).sqrt();
        max_residual = max_residual.max(r);
        if r > t.jitter_m {
            jittery += 1;
        }
    }
    let label_bad = swing > t.label_swing;
    let jitter_bad = jittery >= t.jitter_frames;
    Some(Finding {
        anomaly_type: AnomalyType::PerceptionInstability,
        firing: label_bad || jitter_bad,
        severity: if label_bad && jitter_bad {
            Severity::Warning
        } else {
            Severity::Info
        },
        triggered_rule:
            "perception_instability: label swing > label_swing or jittery frames >= jitter_frames",
        features: [
            ("label_probability_swing", swing),
            ("jittery_frames", jittery as f64),
            ("max_position_residual_m", max_residual),
            ("window_frames", ring.len() as f64),
        ],
    })
}

/// The thresholds a rule reports with its anomaly (none for the safety monitor's kinds, which
/// the detector never finds).
pub fn thresholds_of(kind: AnomalyType, t: &Thresholds) -> BTreeMap<String, f64> {
    match kind {
        AnomalyType::SuddenDeceleration => BTreeMap::from([
            ("deceleration_mps2".to_string(), t.deceleration_mps2),
            ("speed_drop_mps".to_string(), t.speed_drop_mps),
            ("window_ms".to_string(), t.window_ms as f64),
        ]),
        AnomalyType::PerceptionInstability => BTreeMap::from([
            ("label_swing".to_string(), t.label_swing),
            ("jitter_m".to_string(), t.jitter_m),
            ("jitter_frames".to_string(), t.jitter_frames as f64),
        ]),
        _ => BTreeMap::new(),
    }
}

/// The ring as evidence: frame indices, speeds and signed along-track accelerations.
pub fn evidence(ring: &VecDeque<Frame>) -> Evidence {
    let mut e = Evidence::default();
    let mut prev: Option<&Frame> = None;
    for f in ring {
        e.frame_indices.push(f.frame_index);
        e.velocity_history.push(f.speed);
        let a = match prev {
            Some(p) if dt_s(p, f) > 0.0 => (f.speed - p.speed) / dt_s(p, f),
            _ => 0.0,
        };
        e.acceleration_history.push(a);
        prev = Some(f);
    }
    e
}
