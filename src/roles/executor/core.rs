//! The executor's decisions, free of Kafka: verify, deduplicate, apply, and undo a failed batch.
//!
//! Dedup rests on two marks. `RobotState::last_source` (written in the same record as the effect)
//! says which `robot-commands` offset of that robot was processed last, so a record redelivered
//! after a crash is recognised without any broker transaction. The idempotency map (restored from
//! `robot-idempotency-store` and the state records) catches a command id replayed at another
//! offset, or reused with a different payload.

mod effects;
mod redelivery;
mod undo;

use std::collections::HashMap;

use uuid::Uuid;

use self::effects::apply;
pub use self::effects::{completion, Effects};
use self::undo::Undo;
use super::halts::HaltSet;
use crate::model::command::{Action, Command, Target};
use crate::model::fleet::{
    CompletionStatus, IdempotencyRecord, RecentCommand, RobotState, RobotStatus,
};
use crate::signing::envelope::{Rejection, Verified, Verifier};

/// How many recent command ids a state record keeps.
pub const RECENT_KEPT: usize = 32;

/// What the executor knows about an id it has processed.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// SHA-256 of the signed payload.
    pub hash: String,
    /// Where it was read.
    pub source: (i32, i64),
}

/// One `robot-commands` record as the core needs it.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    /// Partition read from.
    pub partition: i32,
    /// Offset read at.
    pub offset: i64,
    /// Record key (the robot id).
    pub key: Option<&'a [u8]>,
    /// Record value (the envelope).
    pub value: Option<&'a [u8]>,
    /// Which delivery attempt this is (1 unless re-issued by the retry consumer).
    pub attempt: u32,
}

/// The decision for one record.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Processed before at this very offset (a redelivery): nothing to write.
    AlreadyDone,
    /// Processed before, but its completion and idempotency record may be missing: write them again.
    Reemit(Box<Effects>),
    /// Processed now.
    Done(Box<Effects>),
    /// Not a valid command: dead-letter it with this reason.
    DeadLetter(Rejection),
}

/// Counters of what the executor did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    /// Applied to robot state.
    pub executed: u64,
    /// Authentic but refused (robot halted).
    pub rejected: u64,
    /// Dry runs recorded.
    pub dry_run: u64,
    /// Executions that failed.
    pub failed: u64,
    /// Records dead-lettered.
    pub dead_lettered: u64,
    /// Redeliveries skipped.
    pub redeliveries: u64,
    /// Halts and resumes applied.
    pub halts: u64,
}

/// The executor's in-memory view, rebuilt from Kafka at start-up.
pub struct Core {
    /// Verifies envelopes.
    pub verifier: Verifier,
    /// State per robot id.
    pub states: HashMap<String, RobotState>,
    /// Processed command ids.
    pub seen: HashMap<Uuid, Mark>,
    /// Halts in force.
    pub halts: HaltSet,
    /// Name written into completions (`executor-N`).
    pub by: String,
    /// Probability of an injected execution failure.
    pub chaos: f64,
    /// Fault injection: every command fails its first this-many attempts.
    pub fail_attempts: u32,
    /// Counters.
    pub counts: Counts,
    undo: Vec<Undo>,
    counts_before: Counts,
}

impl Core {
    /// An empty core.
    pub fn new(verifier: Verifier, by: String, chaos: f64) -> Self {
        Core {
            verifier,
            states: HashMap::new(),
            seen: HashMap::new(),
            halts: HaltSet::default(),
            by,
            chaos,
            fail_attempts: 0,
            counts: Counts::default(),
            undo: Vec::new(),
            counts_before: Counts::default(),
        }
    }

    /// Restores from a robot-state record.
    pub fn restore_state(&mut self, s: RobotState) {
        for r in &s.recent {
            if let Some(src) = s.last_source {
                self.seen.entry(r.command_id).or_insert(Mark {
                    hash: String::new(),
                    source: src,
                });
            }
        }
        self.states.insert(s.robot_id.clone(), s);
    }

    /// Restores from an idempotency record (its hash replaces a placeholder from a state record).
    pub fn restore_mark(&mut self, r: IdempotencyRecord) {
        self.seen.insert(
            r.command_id,
            Mark {
                hash: r.payload_hash,
                source: r.source,
            },
        );
    }

    /// Applies a verified halt or resume to the halt set and to the state of every known robot in
    /// scope; returns the states that changed.
    pub fn apply_halt(&mut self, cmd: &Command, now_ms: i64) -> Vec<RobotState> {
        self.undo.push(Undo::Halts(self.halts.clone()));
        self.halts.apply(&cmd.target, &cmd.action);
        self.counts.halts += 1;
        if let Target::Robot(r) = &cmd.target {
            if !self.states.contains_key(r) {
                self.undo.push(Undo::State(r.clone(), None));
                self.states.insert(r.clone(), RobotState::new(r));
            }
        }
        let mut changed = Vec::new();
        let ids: Vec<String> = self
            .states
            .values()
            .filter(|s| {
                cmd.target
                    .covers(&s.robot_id, s.zone.as_deref().unwrap_or(""))
            })
            .map(|s| s.robot_id.clone())
            .collect();
        for id in ids {
            let halted = self.halts.covers(&id, self.states[&id].zone.as_deref());
            let s = self.states.get_mut(&id).expect("id taken from the map");
            if s.halted != halted {
                let before = s.clone();
                s.halted = halted;
                s.status = if halted {
                    RobotStatus::Halted
                } else if s.target.is_some() {
                    RobotStatus::Moving
                } else {
                    RobotStatus::Idle
                };
                s.version += 1;
                s.updated_at_ms = now_ms;
                changed.push(s.clone());
                self.undo.push(Undo::State(id, Some(before)));
            }
        }
        changed
    }

    /// Decides what to do with one `robot-commands` record.
    pub fn process(
        &mut self,
        r: Record<'_>,
        now_ms: i64,
        verified: Option<Result<Verified, Rejection>>,
    ) -> Decision {
        let Record {
            partition,
            offset,
            key,
            value,
            attempt,
        } = r;
        let robot = key.map(|k| String::from_utf8_lossy(k).into_owned());
        // A redelivery of an offset this robot's state already covers: the effect is in place.
        if let Some(state) = robot.as_ref().and_then(|r| self.states.get(r)) {
            if let Some((p, o)) = state.last_source {
                if p == partition && offset <= o {
                    return self.redelivered(state.clone(), value, now_ms);
                }
            }
        }
        // The caller may have verified the batch in parallel already.
        let v = match verified.unwrap_or_else(|| self.verifier.verify(key, value, now_ms)) {
            Ok(v) => v,
            Err(r) => {
                self.counts.dead_lettered += 1;
                return Decision::DeadLetter(r);
            }
        };
        let cmd = v.command;
        if let Some(mark) = self.seen.get(&cmd.command_id) {
            self.counts.dead_lettered += 1;
            return Decision::DeadLetter(if mark.hash.is_empty() || mark.hash == v.payload_hash {
                Rejection::Replayed(cmd.command_id)
            } else {
                Rejection::IdReused(cmd.command_id)
            });
        }
        if matches!(cmd.action, Action::Halt { .. } | Action::Resume) {
            self.counts.dead_lettered += 1;
            return Decision::DeadLetter(Rejection::Malformed(
                "halts and resumes go to robot-emergency-halt, not robot-commands".into(),
            ));
        }
        let robot_id = cmd.target.key();
        let before = self.states.get(&robot_id).cloned();
        let mut state = before.clone().unwrap_or_else(|| RobotState::new(&robot_id));
        if cmd.zone.is_some() {
            state.zone = cmd.zone.clone();
        }
        let halted = self.halts.covers(&robot_id, state.zone.as_deref());
        let (status, reason) = if cmd.dry_run {
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
            apply(&mut state, &cmd.action, halted);
            state.applied_count += 1;
            (CompletionStatus::Executed, None)
        };
        match status {
            CompletionStatus::Executed => self.counts.executed += 1,
            CompletionStatus::Rejected => self.counts.rejected += 1,
            CompletionStatus::DryRun => self.counts.dry_run += 1,
            _ => self.counts.failed += 1,
        }
        state.halted = halted;
        state.last_source = Some((partition, offset));
        state.recent.push(RecentCommand {
            command_id: cmd.command_id,
            status,
        });
        if state.recent.len() > RECENT_KEPT {
            let extra = state.recent.len() - RECENT_KEPT;
            state.recent.drain(..extra);
        }
        state.version += 1;
        state.updated_at_ms = now_ms;
        self.undo.push(Undo::State(robot_id.clone(), before));
        self.states.insert(robot_id.clone(), state.clone());
        let completion = completion(&cmd, &robot_id, status, reason, &self.by, now_ms);
        if status == CompletionStatus::Failed {
            // Not final: the retry consumer brings the same id back, and it must not look replayed.
            return Decision::Done(Box::new(Effects {
                state,
                completion,
                idempotency: None,
            }));
        }
        let mark = Mark {
            hash: v.payload_hash.clone(),
            source: (partition, offset),
        };
        self.undo.push(Undo::Seen(
            cmd.command_id,
            self.seen.insert(cmd.command_id, mark),
        ));
        let idempotency = IdempotencyRecord {
            command_id: cmd.command_id,
            payload_hash: v.payload_hash,
            robot_id,
            status,
            source: (partition, offset),
            processed_at_ms: now_ms,
        };
        Decision::Done(Box::new(Effects {
            state,
            completion,
            idempotency: Some(idempotency),
        }))
    }
}
