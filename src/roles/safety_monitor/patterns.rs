//! Checks over more than one reading, or against what the robot is doing: vibration analysis (a
//! sustained level that keeps rising over a window of readings) and energy consumption patterns
//! (a draw outside the band expected for the robot's status).

use std::collections::{BTreeMap, HashMap, VecDeque};

use super::rules::{Finding, Level};
use crate::model::anomaly::{AnomalyType, Evidence};
use crate::model::fleet::{RobotStatus, SafetyTelemetry};

/// Thresholds of the windowed and status-aware checks.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternThresholds {
    /// Readings per robot in the vibration window.
    pub window: usize,
    /// Median vibration over the window (mm/s) from which a rising trend is a warning; the
    /// simulator's robots vibrate at 3–8 mm/s when moving, under 1 mm/s otherwise.
    pub vibration_warning: f64,
    /// The same, critical.
    pub vibration_critical: f64,
    /// Least-squares slope over the window (mm/s per minute) that counts as rising.
    pub rising_per_min: f64,
    /// A draw above this many times the top of the status's band is critical (outside the band
    /// at all is a warning).
    pub energy_critical_factor: f64,
}

impl Default for PatternThresholds {
    fn default() -> Self {
        PatternThresholds {
            window: 10,
            vibration_warning: 10.0,
            vibration_critical: 20.0,
            rising_per_min: 6.0,
            energy_critical_factor: 3.0,
        }
    }
}

/// The power (W) a robot is expected to draw in each status: (lowest, highest).
pub fn energy_band(status: RobotStatus) -> (f64, f64) {
    match status {
        RobotStatus::Moving => (60.0, 250.0),
        RobotStatus::Charging => (250.0, 600.0),
        RobotStatus::Idle => (5.0, 60.0),
        RobotStatus::Halted | RobotStatus::Fault => (0.0, 30.0),
    }
}

/// The recent vibration readings of every robot.
#[derive(Debug, Default)]
pub struct Patterns {
    /// Thresholds in force.
    pub thresholds: PatternThresholds,
    /// Per robot: (telemetry seq, ts_ms, vibration) of the last `window` readings, oldest first.
    vibration: HashMap<String, VecDeque<(u64, i64, f64)>>,
}

impl Patterns {
    /// Adds a reading; returns what the windowed and status checks find in it.
    pub fn observe(&mut self, t: &SafetyTelemetry) -> Vec<Finding> {
        let mut out = Vec::new();
        out.extend(self.vibration_trend(t));
        out.extend(energy_pattern(t, &self.thresholds));
        out
    }

    fn vibration_trend(&mut self, t: &SafetyTelemetry) -> Option<Finding> {
        let th = &self.thresholds;
        let ring = self.vibration.entry(t.robot_id.clone()).or_default();
        ring.push_back((t.seq, t.ts_ms, t.vibration_mm_s));
        while ring.len() > th.window {
            ring.pop_front();
        }
        if ring.len() < th.window.max(2) {
            return None;
        }
        let values: Vec<f64> = ring.iter().map(|r| r.2).collect();
        let median = median(&values);
        let slope = slope_per_min(ring);
        if slope < th.rising_per_min || median < th.vibration_warning {
            return None;
        }
        let level = if median >= th.vibration_critical {
            Level::Critical
        } else {
            Level::Warning
        };
        let limit = match level {
            Level::Critical => th.vibration_critical,
            Level::Warning => th.vibration_warning,
        };
        Some(Finding {
            kind: AnomalyType::VibrationTrend,
            level,
            rule: format!(
                "median vibration_mm_s over {} readings >= {limit} and rising >= {} per minute",
                th.window, th.rising_per_min
            ),
            features: BTreeMap::from([
                ("vibration_median_mm_s".to_string(), median),
                ("vibration_slope_mm_s_per_min".to_string(), slope),
            ]),
            thresholds: BTreeMap::from([
                ("window".to_string(), th.window as f64),
                ("median_warning".to_string(), th.vibration_warning),
                ("median_critical".to_string(), th.vibration_critical),
                ("rising_per_min".to_string(), th.rising_per_min),
            ]),
            evidence: Evidence {
                frame_indices: ring.iter().map(|r| r.0).collect(),
                readings: BTreeMap::from([("vibration_mm_s".to_string(), values)]),
                ..Evidence::default()
            },
        })
    }
}

/// A draw outside the band of the robot's status (skipped when the report has no status).
fn energy_pattern(t: &SafetyTelemetry, th: &PatternThresholds) -> Option<Finding> {
    let status = t.status?;
    let (low, high) = energy_band(status);
    let draw = t.energy_draw_w;
    let critical_above = high * th.energy_critical_factor;
    let level = if draw > critical_above {
        Level::Critical
    } else if draw > high || draw < low {
        Level::Warning
    } else {
        return None;
    };
    Some(Finding {
        kind: AnomalyType::EnergyPattern,
        level,
        rule: match level {
            Level::Critical => {
                format!("energy_draw_w > {critical_above} while {}", status.as_str())
            }
            Level::Warning => format!(
                "energy_draw_w outside {low}..{high} while {}",
                status.as_str()
            ),
        },
        features: BTreeMap::new(),
        thresholds: BTreeMap::from([
            ("expected_min".to_string(), low),
            ("expected_max".to_string(), high),
            ("critical_above".to_string(), critical_above),
        ]),
        evidence: Evidence::default(),
    })
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

/// Least-squares slope of the readings against their timestamps, per minute.
fn slope_per_min(ring: &VecDeque<(u64, i64, f64)>) -> f64 {
    let t0 = ring.front().map(|r| r.1).unwrap_or(0);
    let xs: Vec<f64> = ring.iter().map(|r| (r.1 - t0) as f64 / 60_000.0).collect();
    let n = xs.len() as f64;
    let mx = xs.iter().sum::<f64>() / n;
    let my = ring.iter().map(|r| r.2).sum::<f64>() / n;
    let (mut num, mut den) = (0.0, 0.0);
    for (x, r) in xs.iter().zip(ring) {
        num += (x - mx) * (r.2 - my);
        den += (x - mx) * (x - mx);
    }
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(seq: u64, vibration: f64, draw: f64, status: RobotStatus) -> SafetyTelemetry {
        SafetyTelemetry {
            robot_id: "robot-0001".into(),
            zone: "zone-1".into(),
            seq,
            ts_ms: seq as i64 * 1000,
            temperature_c: 40.0,
            vibration_mm_s: vibration,
            energy_draw_w: draw,
            radiation_usv_h: 50.0,
            obstacle_distance_m: 20.0,
            tilt_deg: 2.0,
            status: Some(status),
        }
    }

    fn trend(readings: &[f64]) -> Vec<Finding> {
        let mut p = Patterns::default();
        let mut last = Vec::new();
        for (i, v) in readings.iter().enumerate() {
            last = p.observe(&reading(i as u64, *v, 150.0, RobotStatus::Moving));
        }
        last
    }

    #[test]
    fn vibration_rising_at_a_high_level_is_a_trend() {
        let rising: Vec<f64> = (0..10).map(|i| 10.0 + f64::from(i) * 0.5).collect();
        let f = trend(&rising);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, AnomalyType::VibrationTrend);
        assert_eq!(f[0].level, Level::Warning);
        assert!(f[0].features["vibration_slope_mm_s_per_min"] > 29.0);
        assert_eq!(f[0].evidence.frame_indices, (0..10).collect::<Vec<u64>>());
        assert_eq!(f[0].evidence.readings["vibration_mm_s"], rising);
        let high: Vec<f64> = (0..10).map(|i| 20.0 + f64::from(i)).collect();
        assert_eq!(trend(&high)[0].level, Level::Critical);
    }

    #[test]
    fn a_single_spike_a_steady_high_level_or_normal_noise_is_no_trend() {
        let mut spike = vec![5.0; 10];
        spike[9] = 60.0;
        assert!(trend(&spike).is_empty(), "the median ignores one spike");
        assert!(trend(&[14.0; 10]).is_empty(), "high but not rising");
        let noise = [3.1, 7.9, 4.2, 6.6, 3.3, 7.7, 5.0, 6.1, 4.4, 7.8];
        assert!(trend(&noise).is_empty(), "moving robots' normal vibration");
        assert!(trend(&[30.0; 5]).is_empty(), "window not full yet");
    }

    #[test]
    fn energy_outside_the_band_of_the_status() {
        let th = PatternThresholds::default();
        let at = |draw, status| energy_pattern(&reading(1, 1.0, draw, status), &th);
        assert_eq!(at(150.0, RobotStatus::Moving), None);
        assert_eq!(at(420.0, RobotStatus::Charging), None);
        let idle = at(150.0, RobotStatus::Idle).unwrap();
        assert_eq!(
            (idle.kind, idle.level),
            (AnomalyType::EnergyPattern, Level::Warning)
        );
        assert_eq!(idle.thresholds["expected_max"], 60.0);
        assert_eq!(
            at(100.0, RobotStatus::Halted).unwrap().level,
            Level::Critical
        );
        assert_eq!(
            at(2500.0, RobotStatus::Moving).unwrap().level,
            Level::Critical
        );
        let mut unknown = reading(1, 1.0, 2500.0, RobotStatus::Moving);
        unknown.status = None;
        assert_eq!(energy_pattern(&unknown, &th), None);
    }
}
