//! Robot telemetry, command completions and robot state records.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A robot's operating status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RobotStatus {
    /// Waiting for work.
    Idle,
    /// Driving to a target.
    Moving,
    /// Charging at base.
    Charging,
    /// Stopped by an emergency halt.
    Halted,
    /// Broken.
    Fault,
}

impl RobotStatus {
    /// Wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            RobotStatus::Idle => "IDLE",
            RobotStatus::Moving => "MOVING",
            RobotStatus::Charging => "CHARGING",
            RobotStatus::Halted => "HALTED",
            RobotStatus::Fault => "FAULT",
        }
    }
}

/// A point on the lunar surface, metres from the origin.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct Position {
    /// East, metres.
    pub x: f64,
    /// North, metres.
    pub y: f64,
}

/// Position and status, every interval, to `robot-telemetry-control`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ControlTelemetry {
    /// Robot id (also the record key).
    pub robot_id: String,
    /// Zone the robot works in.
    pub zone: String,
    /// Per-robot sequence number.
    pub seq: u64,
    /// When measured, ms since the epoch.
    pub ts_ms: i64,
    /// Where it is.
    pub position: Position,
    /// Heading, degrees from north.
    pub heading_deg: f64,
    /// Speed, m/s.
    pub velocity_mps: f64,
    /// Battery charge, percent.
    pub battery_pct: f64,
    /// Operating status.
    pub status: RobotStatus,
}

/// Environment readings, every interval, to `robot-telemetry-safety`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SafetyTelemetry {
    /// Robot id (also the record key).
    pub robot_id: String,
    /// Zone the robot works in.
    pub zone: String,
    /// Per-robot sequence number.
    pub seq: u64,
    /// When measured, ms since the epoch.
    pub ts_ms: i64,
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
    /// Operating status when measured (the energy check compares the draw with it); absent in
    /// reports of producers that do not know it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RobotStatus>,
}

/// Outcome of a command, or a robot's acknowledgement of a halt or resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CompletionStatus {
    /// Applied to the robot's state.
    Executed,
    /// Authentic but refused (for example the robot is halted).
    Rejected,
    /// Validated and recorded, not applied (canary control group).
    DryRun,
    /// Execution failed; the retry consumer takes it from here.
    Failed,
    /// A robot acknowledged a halt.
    HaltAck,
    /// A robot acknowledged a resume.
    ResumeAck,
}

/// A record on `robot-command-completions`, keyed by robot id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    /// The command (or halt) this is about; readers deduplicate on (command_id, robot_id, status).
    pub command_id: Uuid,
    /// The robot.
    pub robot_id: String,
    /// Outcome.
    pub status: CompletionStatus,
    /// Action name.
    pub action: String,
    /// Parameters of the action as the executor applied them.
    #[serde(default)]
    pub params: serde_json::Value,
    /// Why, for rejections and failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Whether the command was a dry run.
    #[serde(default)]
    pub dry_run: bool,
    /// Role that issued the command.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// When the command was issued, ms since the epoch (0 if unknown).
    #[serde(default)]
    pub issued_at_ms: i64,
    /// When this record was made, ms since the epoch.
    pub completed_at_ms: i64,
    /// Who wrote it: `executor-N` or `robot`.
    pub by: String,
}

/// The commanded state of a robot on `robot-state` (compacted, keyed by robot id), written by
/// the executor alone. `last_source` and `uncommitted` are the dedup marks written in the same
/// record as the effect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RobotState {
    /// Robot id.
    pub robot_id: String,
    /// Zone, as last named by a command.
    #[serde(default)]
    pub zone: Option<String>,
    /// Commanded status.
    pub status: RobotStatus,
    /// Whether a halt covers the robot.
    pub halted: bool,
    /// Current waypoint, if moving.
    #[serde(default)]
    pub target: Option<Position>,
    /// Commands applied to this robot, ever.
    pub applied_count: u64,
    /// Ids of the most recent commands processed (newest last), with their outcome; for people
    /// reading the topic (deduplication does not use it).
    #[serde(default)]
    pub recent: Vec<RecentCommand>,
    /// Partition and offset of the last `robot-commands` record processed for this robot.
    #[serde(default)]
    pub last_source: Option<(i32, i64)>,
    /// Every `robot-commands` record of this robot (at `last_source`'s partition) decided since
    /// the executor's last offset commit, with its outcome: after a crash their completions,
    /// idempotency records, retries and dead letters are written again from this list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uncommitted: Vec<Decided>,
    /// When this state was written, ms since the epoch.
    pub updated_at_ms: i64,
    /// Increases with every write.
    pub version: u64,
}

/// One recently processed command, kept in the state record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentCommand {
    /// Command id.
    pub command_id: Uuid,
    /// Outcome.
    pub status: CompletionStatus,
}

/// A `robot-commands` record decided by the executor, as kept in `RobotState::uncommitted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decided {
    /// Offset of the record.
    pub offset: i64,
    /// What was decided.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// What the executor decided for one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// A verified command, with its completion status.
    Processed {
        /// Command id.
        command_id: Uuid,
        /// Completion status.
        status: CompletionStatus,
        /// Why, for rejections and failures.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// Sent to the DLQ.
    DeadLettered {
        /// Error class.
        class: String,
        /// Error message.
        message: String,
    },
}

impl RobotState {
    /// The state of a robot nothing has been applied to yet.
    pub fn new(robot_id: &str) -> Self {
        RobotState {
            robot_id: robot_id.to_string(),
            zone: None,
            status: RobotStatus::Idle,
            halted: false,
            target: None,
            applied_count: 0,
            recent: Vec::new(),
            last_source: None,
            uncommitted: Vec::new(),
            updated_at_ms: 0,
            version: 0,
        }
    }
}

/// A record of `robot-idempotency-store`, keyed by command id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdempotencyRecord {
    /// Command id.
    pub command_id: Uuid,
    /// SHA-256 of the signed payload, hex.
    pub payload_hash: String,
    /// Robot the command was for.
    pub robot_id: String,
    /// Outcome.
    pub status: CompletionStatus,
    /// Where the command was read from.
    pub source: (i32, i64),
    /// When it was processed, ms since the epoch.
    pub processed_at_ms: i64,
}
