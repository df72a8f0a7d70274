//! Commands: the signed envelope on the wire and the command it carries.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::signing::Role;

/// What a command asks a robot (or a scope of robots) to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Action {
    /// Drive to a waypoint.
    MoveTo {
        /// Target x, metres.
        x: f64,
        /// Target y, metres.
        y: f64,
    },
    /// Drive back to the zone's base.
    ReturnToBase,
    /// Charge (at base).
    Charge,
    /// Stop where it is (velocity 0); a safety stop is accepted even while halted.
    Stop {
        /// Why the stop was issued.
        #[serde(default)]
        reason: String,
    },
    /// Emergency halt of a scope; only safety and operator keys may issue it.
    Halt {
        /// Why the halt was issued.
        #[serde(default)]
        reason: String,
    },
    /// Lift a halt of a scope; only safety and operator keys may issue it.
    Resume,
}

impl Action {
    /// The action's name as on the wire.
    pub fn name(&self) -> &'static str {
        match self {
            Action::MoveTo { .. } => "MOVE_TO",
            Action::ReturnToBase => "RETURN_TO_BASE",
            Action::Charge => "CHARGE",
            Action::Stop { .. } => "STOP",
            Action::Halt { .. } => "HALT",
            Action::Resume => "RESUME",
        }
    }

    /// Whether this role's keys may issue this action.
    pub fn allowed_for(&self, role: Role) -> bool {
        match self {
            Action::Halt { .. } | Action::Resume => matches!(role, Role::Safety | Role::Operator),
            Action::Stop { .. } => true,
            _ => matches!(role, Role::Control | Role::Operator),
        }
    }
}

/// Who or what a command is for. On the wire it is also the record key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scope", content = "id", rename_all = "lowercase")]
pub enum Target {
    /// One robot.
    Robot(String),
    /// Every robot of a zone.
    Zone(String),
    /// The whole fleet.
    All,
}

impl Target {
    /// The record key for this target: the robot id, `zone:Z` or `all`.
    pub fn key(&self) -> String {
        match self {
            Target::Robot(id) => id.clone(),
            Target::Zone(z) => format!("zone:{z}"),
            Target::All => "all".to_string(),
        }
    }

    /// Whether a robot in a zone falls in this target.
    pub fn covers(&self, robot: &str, zone: &str) -> bool {
        match self {
            Target::Robot(id) => id == robot,
            Target::Zone(z) => z == zone,
            Target::All => true,
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Robot(id) => write!(f, "robot {id}"),
            Target::Zone(z) => write!(f, "zone {z}"),
            Target::All => f.write_str("the whole fleet"),
        }
    }
}

/// The signed part of a command: every field is bound by the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Command {
    /// Unique id; the executor applies each id at most once.
    pub command_id: Uuid,
    /// Who the command is for.
    pub target: Target,
    /// Zone of the target robot, as the issuer saw it (halts of a zone cover it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// What to do, with its parameters.
    #[serde(flatten)]
    pub action: Action,
    /// Role of the issuing key.
    pub issuer: Role,
    /// Id of the signing key.
    pub key_id: String,
    /// When it was issued, ms since the epoch.
    pub issued_at_ms: i64,
    /// When it stops being valid, ms since the epoch.
    pub expires_at_ms: i64,
    /// Random value so that two otherwise equal commands sign differently.
    pub nonce: String,
    /// Validate and record, but do not apply (canary control group).
    #[serde(default)]
    pub dry_run: bool,
}

/// What travels on the wire: the exact signed bytes, the key id and the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Format version of the envelope.
    pub v: u8,
    /// Id of the key that signed `payload`.
    pub key_id: String,
    /// The command's JSON bytes, base64; these exact bytes are signed.
    pub payload: String,
    /// Ed25519 signature of the payload bytes, base64.
    pub signature: String,
}
