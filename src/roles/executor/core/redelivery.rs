//! Records at an offset the robot's state already covers: redelivered after a crash that may
//! have fallen between the state write and the rest of the batch.

use super::undo::Undo;
use super::{completion, Core, Decision, Effects, Mark};
use crate::model::fleet::{CompletionStatus, IdempotencyRecord, RobotState};

impl Core {
    /// A record whose offset the robot's state already covers. If its idempotency record is
    /// missing the crash fell between the state write and the rest: write those again.
    pub(super) fn redelivered(
        &mut self,
        state: RobotState,
        value: Option<&[u8]>,
        now_ms: i64,
    ) -> Decision {
        self.counts.redeliveries += 1;
        let Ok(v) = self
            .verifier
            .verify(Some(state.robot_id.as_bytes()), value, now_ms)
        else {
            return Decision::AlreadyDone;
        };
        let cmd = v.command;
        if self
            .seen
            .get(&cmd.command_id)
            .is_some_and(|m| !m.hash.is_empty())
        {
            return Decision::AlreadyDone;
        }
        let Some(recent) = state.recent.iter().find(|r| r.command_id == cmd.command_id) else {
            return Decision::AlreadyDone;
        };
        let status = recent.status;
        if status == CompletionStatus::Failed {
            // Its retry record may have been lost with the crash: write the failure again.
            let completion = completion(&cmd, &state.robot_id, status, None, &self.by, now_ms);
            return Decision::Reemit(Box::new(Effects {
                state,
                completion,
                idempotency: None,
            }));
        }
        let source = state.last_source.unwrap_or((0, 0));
        let mark = Mark {
            hash: v.payload_hash.clone(),
            source,
        };
        self.undo.push(Undo::Seen(
            cmd.command_id,
            self.seen.insert(cmd.command_id, mark),
        ));
        let completion = completion(&cmd, &state.robot_id, status, None, &self.by, now_ms);
        let idempotency = IdempotencyRecord {
            command_id: cmd.command_id,
            payload_hash: v.payload_hash,
            robot_id: state.robot_id.clone(),
            status,
            source,
            processed_at_ms: now_ms,
        };
        Decision::Reemit(Box::new(Effects {
            state,
            completion,
            idempotency: Some(idempotency),
        }))
    }
}
