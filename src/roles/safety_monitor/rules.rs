//! Threshold rules of the safety monitor: defaults, `RULE.LEVEL=VALUE` overrides, evaluation.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::anomaly::{AnomalyType, Evidence, Severity};
use crate::model::fleet::SafetyTelemetry;

/// Severity of a violated rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Level {
    /// Worth a look.
    Warning,
    /// Stop the robot.
    Critical,
}

impl Level {
    /// Wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Warning => "WARNING",
            Level::Critical => "CRITICAL",
        }
    }

    /// The anomaly severity this level maps to.
    pub fn severity(self) -> Severity {
        match self {
            Level::Warning => Severity::Warning,
            Level::Critical => Severity::Critical,
        }
    }
}

/// What one check found in a reading (or in the window of readings ending at it): the parts of
/// an anomaly that depend on the check.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Kind of anomaly.
    pub kind: AnomalyType,
    /// How bad; critical findings stop the robot.
    pub level: Level,
    /// The rule as text, for example `temperature_c > 100`.
    pub rule: String,
    /// Values the check computed, beyond the reading's own fields.
    pub features: BTreeMap<String, f64>,
    /// Thresholds in force.
    pub thresholds: BTreeMap<String, f64>,
    /// Readings behind a windowed decision (empty for single-reading rules).
    pub evidence: Evidence,
}

/// Which way a reading goes wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Bad when above the threshold.
    Above,
    /// Bad when below the threshold.
    Below,
}

/// One rule: a reading with a warning and a critical threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    /// Rule name, as in `--threshold NAME.critical=V`; also the anomaly type's wire name.
    pub name: &'static str,
    /// Kind of anomaly it reports.
    #[serde(skip)]
    pub kind: AnomalyType,
    /// Telemetry field it reads.
    pub field: &'static str,
    /// Which way is bad.
    pub direction: Direction,
    /// Warning threshold.
    pub warning: f64,
    /// Critical threshold.
    pub critical: f64,
}

/// A rule a reading broke.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The rule.
    pub rule: Rule,
    /// How bad.
    pub level: Level,
    /// The reading.
    pub value: f64,
}

impl Violation {
    /// The violation as a finding: the reading's value, both thresholds.
    pub fn finding(&self) -> Finding {
        Finding {
            kind: self.rule.kind,
            level: self.level,
            rule: self.triggered_rule(),
            features: BTreeMap::new(),
            thresholds: BTreeMap::from([
                ("warning".to_string(), self.rule.warning),
                ("critical".to_string(), self.rule.critical),
            ]),
            evidence: Evidence::default(),
        }
    }

    /// `temperature_c > 100`, the rule as text.
    pub fn triggered_rule(&self) -> String {
        let (op, t) = match (self.rule.direction, self.level) {
            (Direction::Above, Level::Critical) => (">", self.rule.critical),
            (Direction::Above, Level::Warning) => (">", self.rule.warning),
            (Direction::Below, Level::Critical) => ("<", self.rule.critical),
            (Direction::Below, Level::Warning) => ("<", self.rule.warning),
        };
        format!("{} {op} {t}", self.rule.field)
    }
}

/// The rule set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Thresholds {
    /// Every rule.
    pub rules: Vec<Rule>,
}

impl Default for Thresholds {
    fn default() -> Self {
        let rule = |kind: AnomalyType, field, direction, warning, critical| Rule {
            name: kind.as_str(),
            kind,
            field,
            direction,
            warning,
            critical,
        };
        Thresholds {
            rules: vec![
                rule(
                    AnomalyType::Temperature,
                    "temperature_c",
                    Direction::Above,
                    80.0,
                    100.0,
                ),
                rule(
                    AnomalyType::Vibration,
                    "vibration_mm_s",
                    Direction::Above,
                    15.0,
                    25.0,
                ),
                rule(AnomalyType::Tilt, "tilt_deg", Direction::Above, 20.0, 30.0),
                rule(
                    AnomalyType::Radiation,
                    "radiation_usv_h",
                    Direction::Above,
                    150.0,
                    500.0,
                ),
                rule(
                    AnomalyType::ObstacleDistance,
                    "obstacle_distance_m",
                    Direction::Below,
                    2.0,
                    0.5,
                ),
            ],
        }
    }
}

fn reading(t: &SafetyTelemetry, field: &str) -> f64 {
    match field {
        "temperature_c" => t.temperature_c,
        "vibration_mm_s" => t.vibration_mm_s,
        "tilt_deg" => t.tilt_deg,
        "radiation_usv_h" => t.radiation_usv_h,
        "obstacle_distance_m" => t.obstacle_distance_m,
        _ => f64::NAN,
    }
}

impl Thresholds {
    /// The defaults with `RULE.LEVEL=VALUE` overrides applied; every mistake is a usage error.
    pub fn with_overrides(overrides: &[String]) -> Result<Self> {
        let mut t = Thresholds::default();
        for o in overrides {
            let bad = |why: &str| Error::usage(format!("--threshold {o}: {why}"));
            let (lhs, value) = o
                .split_once('=')
                .ok_or_else(|| bad("expected RULE.LEVEL=VALUE"))?;
            let (name, level) = lhs
                .trim()
                .split_once('.')
                .ok_or_else(|| bad("expected RULE.LEVEL=VALUE"))?;
            let value: f64 = value
                .trim()
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite())
                .ok_or_else(|| bad("the value is not a number"))?;
            let names: Vec<&str> = t.rules.iter().map(|r| r.name).collect();
            let rule = t
                .rules
                .iter_mut()
                .find(|r| r.name == name)
                .ok_or_else(|| bad(&format!("unknown rule; rules are {}", names.join(", "))))?;
            match level {
                "warning" => rule.warning = value,
                "critical" => rule.critical = value,
                _ => return Err(bad("the level is warning or critical")),
            }
        }
        for r in &t.rules {
            let ordered = match r.direction {
                Direction::Above => r.warning <= r.critical,
                Direction::Below => r.warning >= r.critical,
            };
            if !ordered {
                return Err(Error::usage(format!(
                    "--threshold: {} warning {} is beyond its critical threshold {}",
                    r.name, r.warning, r.critical
                )));
            }
        }
        Ok(t)
    }

    /// Every rule the reading breaks, at its worst level.
    pub fn evaluate(&self, t: &SafetyTelemetry) -> Vec<Violation> {
        let mut out = Vec::new();
        for r in &self.rules {
            let v = reading(t, r.field);
            let beyond = |limit: f64| match r.direction {
                Direction::Above => v > limit,
                Direction::Below => v < limit,
            };
            let level = if beyond(r.critical) {
                Level::Critical
            } else if beyond(r.warning) {
                Level::Warning
            } else {
                continue;
            };
            out.push(Violation {
                rule: r.clone(),
                level,
                value: v,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(temperature_c: f64, obstacle_distance_m: f64) -> SafetyTelemetry {
        SafetyTelemetry {
            robot_id: "robot-0001".into(),
            zone: "zone-0".into(),
            seq: 1,
            ts_ms: 0,
            temperature_c,
            vibration_mm_s: 1.0,
            energy_draw_w: 20.0,
            radiation_usv_h: 50.0,
            obstacle_distance_m,
            tilt_deg: 2.0,
            status: None,
        }
    }

    #[test]
    fn defaults_and_levels() {
        let t = Thresholds::default();
        assert!(
            t.evaluate(&reading(80.0, 10.0)).is_empty(),
            "80 is not above 80"
        );
        let w = t.evaluate(&reading(85.0, 10.0));
        assert_eq!((w.len(), w[0].level), (1, Level::Warning));
        assert_eq!(w[0].rule.kind, AnomalyType::Temperature);
        assert_eq!(w[0].level, Level::Warning);
        let c = t.evaluate(&reading(101.0, 0.3));
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|v| v.level == Level::Critical));
        assert_eq!(c[0].triggered_rule(), "temperature_c > 100");
        assert_eq!(c[1].triggered_rule(), "obstacle_distance_m < 0.5");
    }

    #[test]
    fn overrides() {
        let t = Thresholds::with_overrides(&[
            "temperature.critical=95".into(),
            " tilt.warning = 10".into(),
        ])
        .unwrap();
        assert_eq!(t.evaluate(&reading(96.0, 10.0))[0].level, Level::Critical);
        assert_eq!(t.rules[2].warning, 10.0);
        for bad in [
            "temperature=95",
            "heat.critical=1",
            "temperature.severe=1",
            "temperature.critical=hot",
            "temperature.warning=120",
            "obstacle_distance.critical=3",
        ] {
            assert!(
                matches!(
                    Thresholds::with_overrides(&[bad.into()]),
                    Err(Error::Usage(_))
                ),
                "{bad}"
            );
        }
    }
}
