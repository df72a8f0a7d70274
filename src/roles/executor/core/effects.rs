//! What a processed command produces: the robot's new state and the completion that reports it.

use super::Core;
use crate::model::command::{Action, Command};
use crate::model::fleet::{
    Completion, CompletionStatus, IdempotencyRecord, RobotState, RobotStatus,
};

/// The records to write for one processed command.
#[derive(Debug, Clone, PartialEq)]
pub struct Effects {
    /// New state of the robot.
    pub state: RobotState,
    /// The completion.
    pub completion: Completion,
    /// The idempotency record; none for a failed execution, which is not final (it is retried).
    pub idempotency: Option<IdempotencyRecord>,
}

pub(super) fn apply(state: &mut RobotState, action: &Action, halted: bool) {
    match action {
        Action::MoveTo { x, y } => {
            state.status = RobotStatus::Moving;
            state.target = Some(crate::model::fleet::Position { x: *x, y: *y });
        }
        Action::ReturnToBase => {
            state.status = RobotStatus::Moving;
            state.target = None;
        }
        Action::Charge => {
            state.status = RobotStatus::Charging;
            state.target = None;
        }
        Action::Stop { .. } | Action::Halt { .. } | Action::Resume => {
            state.status = if halted {
                RobotStatus::Halted
            } else {
                RobotStatus::Idle
            };
            state.target = None;
        }
    }
}

/// The completion record for a command.
pub fn completion(
    cmd: &Command,
    robot_id: &str,
    status: CompletionStatus,
    reason: Option<String>,
    by: &str,
    now_ms: i64,
) -> Completion {
    let mut params = serde_json::to_value(&cmd.action).unwrap_or_default();
    if let Some(obj) = params.as_object_mut() {
        obj.remove("action");
    }
    Completion {
        command_id: cmd.command_id,
        robot_id: robot_id.to_string(),
        status,
        action: cmd.action.name().to_string(),
        params,
        reason,
        dry_run: cmd.dry_run,
        issuer: Some(cmd.issuer.to_string()),
        issued_at_ms: cmd.issued_at_ms,
        completed_at_ms: now_ms,
        by: by.to_string(),
    }
}

impl Core {
    /// The completion status of a verified command, and why when it is not executed.
    pub(super) fn outcome(
        &self,
        cmd: &Command,
        attempt: u32,
        halted: bool,
    ) -> (CompletionStatus, Option<String>) {
        if cmd.dry_run {
            (CompletionStatus::DryRun, None)
        } else if halted && !matches!(cmd.action, Action::Stop { .. }) {
            (
                CompletionStatus::Rejected,
                Some("robot is halted; only safety stops and resumes are accepted".to_string()),
            )
        } else if attempt <= self.fail_attempts {
            (
                CompletionStatus::Failed,
                Some(format!(
                    "injected failure of attempt {attempt} (--fail-attempts)"
                )),
            )
        } else if self.chaos > 0.0 && rand::random::<f64>() < self.chaos {
            (
                CompletionStatus::Failed,
                Some("injected execution failure (--chaos)".to_string()),
            )
        } else {
            (CompletionStatus::Executed, None)
        }
    }
}
