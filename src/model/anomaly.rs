//! Messages of the anomaly pipeline: `raw_telemetry`, `anomalies`, `operator_alerts` and
//! `operator_actions`. docs/schemas/ holds a JSON Schema for each; a test keeps them in step.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A point or vector in metres (or metres per second) in the dataset's frame.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Vec3 {
    /// East (or dataset x).
    pub x: f64,
    /// North (or dataset y).
    pub y: f64,
    /// Up (0 when the dataset has no z).
    pub z: f64,
}

/// A vector with its length, so consumers need not recompute it.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Motion {
    /// x component.
    pub x: f64,
    /// y component.
    pub y: f64,
    /// z component.
    pub z: f64,
    /// Euclidean length of (x, y, z).
    pub magnitude: f64,
}

impl Motion {
    /// Builds the vector and its magnitude.
    pub fn new(x: f64, y: f64, z: f64) -> Self {
        Motion {
            x,
            y,
            z,
            magnitude: (x * x + y * y + z * z).sqrt(),
        }
    }
}

/// The physical state of one tracked object at one frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Telemetry {
    /// Position in metres.
    pub position: Vec3,
    /// Velocity in m/s (from the dataset, or derived from positions).
    pub velocity: Motion,
    /// Acceleration in m/s², derived from consecutive velocities (zero on a track's first frame).
    pub acceleration: Motion,
    /// Heading in radians.
    pub yaw: f64,
    /// Heading change in rad/s since the previous frame of the track.
    pub yaw_rate: f64,
    /// Detector confidence of the object label, 0..1, when the dataset has it.
    pub label_probability: Option<f64>,
    /// Number of frames in the track, when the dataset has it.
    pub track_length: Option<u32>,
}

/// Where a replayed event came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplayMetadata {
    /// Names the replay run that produced the event.
    pub replay_session_id: String,
    /// The `--rate` of that run (0 = as fast as possible).
    pub replay_rate: f64,
}

/// One observation of one vehicle, as replayed onto `raw_telemetry` (key: vehicle_id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawTelemetry {
    /// Unique id of this observation (stable for a session, loop, vehicle and frame).
    pub event_id: String,
    /// `{scene_id}_track_{track_id}` or `{scene_id}_ego`.
    pub vehicle_id: String,
    /// Recording the observation comes from.
    pub scene_id: String,
    /// Track within the scene (`ego` for the recording vehicle).
    pub track_id: String,
    /// When it was observed (from the dataset timestamp).
    #[serde(serialize_with = "super::time::serialize")]
    pub event_time: DateTime<Utc>,
    /// When it was replayed.
    #[serde(serialize_with = "super::time::serialize")]
    pub processing_time: DateTime<Utc>,
    /// Frame number within the scene.
    pub frame_index: u64,
    /// The physical state.
    pub telemetry: Telemetry,
    /// Replay provenance.
    pub metadata: ReplayMetadata,
}

/// Kinds of anomaly: the first two found by the detector in replayed vehicle recordings, the
/// others by the safety monitor in robot telemetry (one per safety rule; the level of the rule
/// that fired is the anomaly's severity).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyType {
    /// Hard braking: high deceleration and a large speed drop in a short window.
    SuddenDeceleration,
    /// The perception of the object is unstable: label flicker or jumpy positions.
    PerceptionInstability,
    /// A robot's temperature above its warning or critical threshold.
    Temperature,
    /// A robot's vibration reading above its warning or critical threshold.
    Vibration,
    /// A robot's vibration staying high and rising over a window of readings.
    VibrationTrend,
    /// A robot tilted beyond its threshold.
    Tilt,
    /// Radiation above its threshold.
    Radiation,
    /// An obstacle closer than its threshold.
    ObstacleDistance,
    /// A robot drawing power outside the band expected for its status.
    EnergyPattern,
}

impl AnomalyType {
    /// Every kind, in wire order.
    pub const ALL: [AnomalyType; 9] = [
        AnomalyType::SuddenDeceleration,
        AnomalyType::PerceptionInstability,
        AnomalyType::Temperature,
        AnomalyType::Vibration,
        AnomalyType::VibrationTrend,
        AnomalyType::Tilt,
        AnomalyType::Radiation,
        AnomalyType::ObstacleDistance,
        AnomalyType::EnergyPattern,
    ];

    /// What it means, in a few words (for help texts).
    pub fn describe(self) -> &'static str {
        match self {
            AnomalyType::SuddenDeceleration => "Hard braking (detector)",
            AnomalyType::PerceptionInstability => "Label flicker or jumpy positions (detector)",
            AnomalyType::Temperature => "Robot temperature over its threshold (safety monitor)",
            AnomalyType::Vibration => "Robot vibration over its threshold (safety monitor)",
            AnomalyType::VibrationTrend => {
                "Robot vibration high and rising over a window (safety monitor)"
            }
            AnomalyType::Tilt => "Robot tilt over its threshold (safety monitor)",
            AnomalyType::Radiation => "Radiation over its threshold (safety monitor)",
            AnomalyType::ObstacleDistance => "Obstacle closer than its threshold (safety monitor)",
            AnomalyType::EnergyPattern => {
                "Power draw outside the band of the robot's status (safety monitor)"
            }
        }
    }

    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AnomalyType::SuddenDeceleration => "sudden_deceleration",
            AnomalyType::PerceptionInstability => "perception_instability",
            AnomalyType::Temperature => "temperature",
            AnomalyType::Vibration => "vibration",
            AnomalyType::VibrationTrend => "vibration_trend",
            AnomalyType::Tilt => "tilt",
            AnomalyType::Radiation => "radiation",
            AnomalyType::ObstacleDistance => "obstacle_distance",
            AnomalyType::EnergyPattern => "energy_pattern",
        }
    }
}

/// How urgent an anomaly or alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Needs a look.
    Warning,
    /// Needs action now.
    Critical,
}

impl Severity {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "INFO",
            Severity::Warning => "WARNING",
            Severity::Critical => "CRITICAL",
        }
    }
}

/// The frames or readings an anomaly was decided on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// Frame indices (or, for robots, telemetry sequence numbers), oldest first.
    pub frame_indices: Vec<u64>,
    /// Speed (m/s) at each of those frames (empty for robot anomalies).
    pub velocity_history: Vec<f64>,
    /// Acceleration magnitude along the motion (m/s², negative = braking) at each frame (empty
    /// for robot anomalies).
    pub acceleration_history: Vec<f64>,
    /// Robot anomalies decided over a window: the readings of that window per telemetry field,
    /// oldest first, aligned with `frame_indices`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub readings: BTreeMap<String, Vec<f64>>,
}

/// A detected anomaly on `anomalies` (key: vehicle_id, a robot id for the safety monitor's), in
/// one schema for both producers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anomaly {
    /// Stable id (the same physical event re-detected after a restart keeps it).
    pub anomaly_id: String,
    /// The raw_telemetry event on which the rule fired.
    pub event_id: String,
    /// The vehicle concerned.
    pub vehicle_id: String,
    /// Event time of that frame.
    #[serde(serialize_with = "super::time::serialize")]
    pub event_time: DateTime<Utc>,
    /// When the detector decided.
    #[serde(serialize_with = "super::time::serialize")]
    pub processing_time: DateTime<Utc>,
    /// What was found.
    pub anomaly_type: AnomalyType,
    /// How urgent it is.
    pub severity: Severity,
    /// Name of the rule that fired.
    pub triggered_rule: String,
    /// Measured values the rule looked at.
    pub features: BTreeMap<String, f64>,
    /// Thresholds in force.
    pub thresholds: BTreeMap<String, f64>,
    /// Frames behind the decision.
    pub evidence: Evidence,
}

/// Life cycle of an alert: OPEN → ACKNOWLEDGED → RESOLVED or DISMISSED.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum AlertStatus {
    /// New, nobody has taken it.
    Open,
    /// An operator has taken it.
    Acknowledged,
    /// Handled; never reopens.
    Resolved,
    /// Not a real problem; never reopens.
    Dismissed,
}

impl AlertStatus {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertStatus::Open => "OPEN",
            AlertStatus::Acknowledged => "ACKNOWLEDGED",
            AlertStatus::Resolved => "RESOLVED",
            AlertStatus::Dismissed => "DISMISSED",
        }
    }
}

/// The state of an alert on `operator_alerts` (key: alert_id); the latest record per id wins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperatorAlert {
    /// Stable id derived from the anomaly id.
    pub alert_id: String,
    /// The anomaly that opened it.
    pub anomaly_id: String,
    /// The vehicle concerned.
    pub vehicle_id: String,
    /// Event time of the anomaly.
    #[serde(serialize_with = "super::time::serialize")]
    pub event_time: DateTime<Utc>,
    /// When this state was written.
    #[serde(serialize_with = "super::time::serialize")]
    pub processing_time: DateTime<Utc>,
    /// Current state.
    pub alert_status: AlertStatus,
    /// Copied from the anomaly.
    pub severity: Severity,
    /// Copied from the anomaly.
    pub anomaly_type: AnomalyType,
    /// The operator who last acted on it, if any.
    pub assigned_operator_id: Option<String>,
    /// When the alert was opened.
    #[serde(serialize_with = "super::time::serialize")]
    pub created_at: DateTime<Utc>,
}

/// What an operator did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ActionType {
    /// Took the alert.
    Acknowledge,
    /// Handled it.
    Resolve,
    /// Judged it not a problem.
    Dismiss,
    /// Intervened on the vehicle (implies acknowledging).
    Intervene,
}

impl ActionType {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionType::Acknowledge => "ACKNOWLEDGE",
            ActionType::Resolve => "RESOLVE",
            ActionType::Dismiss => "DISMISS",
            ActionType::Intervene => "INTERVENE",
        }
    }
}

/// Free-form context of an action.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActionMetadata {
    /// The operator's comment, if any.
    pub comment: Option<String>,
}

/// One operator action on `operator_actions` (key: alert_id, so one alert's actions stay in order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperatorAction {
    /// Unique id of the action.
    pub action_id: String,
    /// The alert acted on.
    pub alert_id: String,
    /// The vehicle concerned.
    pub vehicle_id: String,
    /// Who acted.
    pub operator_id: String,
    /// What they did.
    pub action_type: ActionType,
    /// When.
    #[serde(serialize_with = "super::time::serialize")]
    pub processing_time: DateTime<Utc>,
    /// Comment.
    pub metadata: ActionMetadata,
}

/// A stable UUID-shaped id from the SHA-256 of some parts, so re-processing yields the same id.
pub fn stable_id(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        // A separator keeps ("ab","c") and ("a","bc") apart.
        h.update([0u8]);
    }
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    // Mark it as a version 8 (custom) RFC 9562 UUID so it parses as a UUID anywhere.
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(b).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_ids_are_stable_and_separated() {
        assert_eq!(stable_id(&["a", "b"]), stable_id(&["a", "b"]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert!(uuid::Uuid::parse_str(&stable_id(&["x"])).is_ok());
    }
}
