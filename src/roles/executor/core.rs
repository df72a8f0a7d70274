//! The executor's decisions, free of Kafka: verify, deduplicate, apply, and undo a failed batch.
//!
//! Dedup rests on marks written in the same record as the effect, so that it needs no broker
//! transaction. `RobotState::last_source` says which `robot-commands` offset of that robot was
//! processed last: a record at or below it was decided before. `RobotState::uncommitted` lists
//! every record of that robot decided since the last offset commit, with its outcome: a crash can
//! only lose the other outputs of those (completion, idempotency record, retry, dead letter), and
//! they are written again from the list, however many a robot had in the batch. The idempotency
//! map (restored from `robot-idempotency-store` and from those lists) catches a command id
//! replayed at another offset, or reused with a different payload.

mod effects;
mod redelivery;
#[cfg(test)]
mod tests;
mod undo;

use std::collections::HashMap;

use uuid::Uuid;

use self::effects::apply;
pub use self::effects::{completion, Effects};
use self::undo::Undo;
use super::halts::HaltSet;
use super::ownership::Ownership;
use crate::model::command::{Action, Command, Target};
use crate::model::fleet::{
    CompletionStatus, Decided, IdempotencyRecord, Outcome, RecentCommand, RobotState, RobotStatus,
};
use crate::signing::envelope::{Rejection, Verified, Verifier};

/// How many recent command ids a state record shows (for people; dedup does not use them).
pub const RECENT_KEPT: usize = 32;

/// What the executor knows about an id it has processed.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// SHA-256 of the signed payload (empty when restored from a state record).
    pub hash: String,
    /// Where it was read.
    pub source: (i32, i64),
    /// Whether its idempotency record was read back from the store (so its batch's completions
    /// were acknowledged before it).
    pub stored: bool,
}

/// A record to send to the DLQ, with the error class and message its headers carry.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetter {
    /// Stable error class (`Rejection::class`).
    pub class: String,
    /// Human-readable reason.
    pub message: String,
}

impl From<Rejection> for DeadLetter {
    fn from(r: Rejection) -> Self {
        DeadLetter {
            class: r.class().to_string(),
            message: r.to_string(),
        }
    }
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
    /// Processed before at this very offset (a redelivery), all outputs written: nothing to write.
    AlreadyDone,
    /// Processed before at this very offset, its other outputs possibly lost in a crash: write
    /// the completion, idempotency record and retry again (the state already holds the effect).
    Reemit(Box<Effects>),
    /// Processed now.
    Done(Box<Effects>),
    /// Not a valid command (now, or when first decided): dead-letter it with this reason.
    DeadLetter(DeadLetter),
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
    /// Records seen again after a crash or rewind (their outputs written again where needed).
    pub redeliveries: u64,
    /// Halts and resumes applied.
    pub halts: u64,
}

/// The executor's in-memory view, rebuilt from Kafka at start-up.
pub struct Core {
    /// Verifies envelopes.
    pub verifier: Verifier,
    /// Verifies redelivered records, decided before, without the validity window.
    relaxed: Verifier,
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
    /// Retries after the first failed attempt before a command goes to the DLQ.
    pub max_retries: u32,
    /// Counters.
    pub counts: Counts,
    undo: Vec<Undo>,
    counts_before: Counts,
    /// First offset of each partition in the current batch: the offset last committed.
    batch_start: HashMap<i32, i64>,
    /// Dead letters of the current batch per record key, until that robot's state is written.
    dead_pending: HashMap<String, Vec<Decided>>,
    /// The robots this instance answers for (none before its first assignment).
    pub owned: Ownership,
}

impl Core {
    /// An empty core.
    pub fn new(verifier: Verifier, by: String, chaos: f64) -> Self {
        Core {
            relaxed: verifier.ignoring_validity_window(),
            verifier,
            states: HashMap::new(),
            seen: HashMap::new(),
            halts: HaltSet::default(),
            by,
            chaos,
            fail_attempts: 0,
            max_retries: crate::roles::retry_headers::MAX_RETRIES,
            counts: Counts::default(),
            undo: Vec::new(),
            counts_before: Counts::default(),
            batch_start: HashMap::new(),
            dead_pending: HashMap::new(),
            owned: Ownership::default(),
        }
    }

    /// Restores from a robot-state record: its uncommitted commands count as processed, since
    /// their idempotency records may have been lost in a crash.
    pub fn restore_state(&mut self, s: RobotState) {
        if let Some((partition, _)) = s.last_source {
            for d in &s.uncommitted {
                if let Outcome::Processed {
                    command_id, status, ..
                } = &d.outcome
                {
                    if *status != CompletionStatus::Failed {
                        self.seen.entry(*command_id).or_insert(Mark {
                            hash: String::new(),
                            source: (partition, d.offset),
                            stored: false,
                        });
                    }
                }
            }
        }
        self.states.insert(s.robot_id.clone(), s);
    }

    /// Restores from an idempotency record (it replaces a placeholder from a state record).
    pub fn restore_mark(&mut self, r: IdempotencyRecord) {
        self.seen.insert(
            r.command_id,
            Mark {
                hash: r.payload_hash,
                source: r.source,
                stored: true,
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
            // A robot not seen yet gets a halted state from its owner only.
            if !self.states.contains_key(r) && self.owned.owns(r) {
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
        let robot = r.key.map(|k| String::from_utf8_lossy(k).into_owned());
        let start = *self.batch_start.entry(r.partition).or_insert(r.offset);
        // A redelivery of an offset this robot's state already covers: the effect is in place.
        if let Some(robot) = &robot {
            let covered = self.states.get(robot).and_then(|s| s.last_source);
            if let Some((p, o)) = covered {
                if p == r.partition && r.offset <= o {
                    return self.redelivered(robot, r, now_ms);
                }
            }
        }
        // The caller may have verified the batch in parallel already.
        let v = match verified.unwrap_or_else(|| self.verifier.verify(r.key, r.value, now_ms)) {
            Ok(v) => v,
            Err(rej) => return self.dead_letter(robot, r.offset, rej),
        };
        if let Some(mark) = self.seen.get(&v.command.command_id) {
            let id = v.command.command_id;
            let rej = if mark.hash.is_empty() || mark.hash == v.payload_hash {
                Rejection::Replayed(id)
            } else {
                Rejection::IdReused(id)
            };
            return self.dead_letter(robot, r.offset, rej);
        }
        if matches!(v.command.action, Action::Halt { .. } | Action::Resume) {
            let rej = Rejection::Malformed(
                "halts and resumes go to robot-emergency-halt, not robot-commands".into(),
            );
            return self.dead_letter(robot, r.offset, rej);
        }
        self.execute(v, r, start, now_ms)
    }

    /// Dead-letters a record; if its key names a robot whose state this batch writes, the state
    /// lists it, so that the dead letter is written again if the batch is lost after the state.
    fn dead_letter(&mut self, robot: Option<String>, offset: i64, r: Rejection) -> Decision {
        self.counts.dead_lettered += 1;
        let d = DeadLetter::from(r);
        if let Some(robot) = robot {
            self.dead_pending.entry(robot).or_default().push(Decided {
                offset,
                outcome: Outcome::DeadLettered {
                    class: d.class.clone(),
                    message: d.message.clone(),
                },
            });
        }
        Decision::DeadLetter(d)
    }

    /// Applies a verified command to its robot's state (or records why not).
    fn execute(&mut self, v: Verified, r: Record<'_>, start: i64, now_ms: i64) -> Decision {
        let cmd = v.command;
        let robot_id = cmd.target.key();
        let before = self.states.get(&robot_id).cloned();
        let mut state = before.clone().unwrap_or_else(|| RobotState::new(&robot_id));
        if cmd.zone.is_some() {
            state.zone = cmd.zone.clone();
        }
        let halted = self.halts.covers(&robot_id, state.zone.as_deref());
        let (status, reason) = self.outcome(&cmd, r.attempt, halted);
        match status {
            CompletionStatus::Executed => {
                apply(&mut state, &cmd.action, halted);
                state.applied_count += 1;
                self.counts.executed += 1;
            }
            CompletionStatus::Rejected => self.counts.rejected += 1,
            CompletionStatus::DryRun => self.counts.dry_run += 1,
            _ => self.counts.failed += 1,
        }
        state.halted = halted;
        state.last_source = Some((r.partition, r.offset));
        self.note(
            &mut state,
            start,
            Decided {
                offset: r.offset,
                outcome: Outcome::Processed {
                    command_id: cmd.command_id,
                    status,
                    reason: reason.clone(),
                },
            },
        );
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
        let idempotency = (status != CompletionStatus::Failed).then(|| {
            // A failed execution is not final: the retry consumer brings the same id back, and
            // it must not look replayed.
            self.remember(cmd.command_id, &v.payload_hash, (r.partition, r.offset));
            IdempotencyRecord {
                command_id: cmd.command_id,
                payload_hash: v.payload_hash,
                robot_id,
                status,
                source: (r.partition, r.offset),
                processed_at_ms: now_ms,
            }
        });
        Decision::Done(Box::new(Effects {
            state,
            completion,
            idempotency,
        }))
    }

    /// Lists a decided record in the state being written: entries the last offset commit covers
    /// (below `start`) are dropped, dead letters of this robot pending in the batch are added.
    fn note(&mut self, state: &mut RobotState, start: i64, d: Decided) {
        state.uncommitted.retain(|e| e.offset >= start);
        if let Some(dead) = self.dead_pending.remove(&state.robot_id) {
            state.uncommitted.extend(dead);
        }
        state.uncommitted.push(d);
    }

    /// Marks a command id processed (undone with the batch).
    fn remember(&mut self, id: Uuid, hash: &str, source: (i32, i64)) {
        let mark = Mark {
            hash: hash.to_string(),
            source,
            stored: false,
        };
        self.undo.push(Undo::Seen(id, self.seen.insert(id, mark)));
    }
}
