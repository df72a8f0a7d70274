//! Records at an offset the robot's state already covers: redelivered after a crash or a rewind.
//! The state's `uncommitted` list says what was decided for each; its outputs are written again
//! unless the idempotency store shows they were acknowledged.

use super::{completion, Core, DeadLetter, Decision, Effects, Record};
use crate::model::fleet::{CompletionStatus, IdempotencyRecord, Outcome};

impl Core {
    /// A record at or below `robot`'s `last_source`.
    pub(super) fn redelivered(&mut self, robot: &str, r: Record<'_>, now_ms: i64) -> Decision {
        self.counts.redeliveries += 1;
        let decided = self.states.get(robot).and_then(|s| {
            s.uncommitted
                .iter()
                .find(|d| d.offset == r.offset)
                .map(|d| d.outcome.clone())
        });
        // Not listed: decided before the last offset commit, so every output was acknowledged.
        let Some(outcome) = decided else {
            return Decision::AlreadyDone;
        };
        let (command_id, status, reason) = match outcome {
            Outcome::DeadLettered { class, message } => {
                return Decision::DeadLetter(DeadLetter { class, message })
            }
            Outcome::Processed {
                command_id,
                status,
                reason,
            } => (command_id, status, reason),
        };
        let source = (r.partition, r.offset);
        if self
            .seen
            .get(&command_id)
            .is_some_and(|m| m.stored && m.source == source)
        {
            // Its idempotency record is stored, and completions are acknowledged before those.
            return Decision::AlreadyDone;
        }
        // It passed verification when it was decided; only the validity window may have passed.
        let v = match self.relaxed.verify(r.key, r.value, now_ms) {
            Ok(v) if v.command.command_id == command_id => v,
            other => {
                tracing::warn!(
                    "cannot write the outputs of {}/{} again: {}",
                    r.partition,
                    r.offset,
                    other.err().map(|e| e.to_string()).unwrap_or_default()
                );
                return Decision::AlreadyDone;
            }
        };
        let completion = completion(&v.command, robot, status, reason, &self.by, now_ms);
        let state = self.states[robot].clone();
        let idempotency = (status != CompletionStatus::Failed).then(|| {
            self.remember(command_id, &v.payload_hash, source);
            IdempotencyRecord {
                command_id,
                payload_hash: v.payload_hash,
                robot_id: robot.to_string(),
                status,
                source,
                processed_at_ms: now_ms,
            }
        });
        Decision::Reemit(Box::new(Effects {
            state,
            completion,
            idempotency,
        }))
    }
}
