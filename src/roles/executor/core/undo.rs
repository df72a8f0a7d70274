//! Undoing a batch the broker did not take, so that memory again matches what was written and
//! the rewound records are decided afresh.

use uuid::Uuid;

use super::{Core, Mark};
use crate::model::fleet::RobotState;
use crate::roles::executor::halts::HaltSet;

/// What one change of a batch replaced.
pub(super) enum Undo {
    State(String, Option<RobotState>),
    Seen(Uuid, Option<Mark>),
    Halts(HaltSet),
}

impl Core {
    /// Starts a batch: everything until `commit_batch` can be undone.
    pub fn begin_batch(&mut self) {
        self.undo.clear();
        self.batch_start.clear();
        self.dead_pending.clear();
        self.counts_before = self.counts.clone();
    }

    /// Keeps the batch's changes.
    pub fn commit_batch(&mut self) {
        self.undo.clear();
    }

    /// Forgets the batch's changes, after its records could not be written.
    pub fn rollback_batch(&mut self) {
        while let Some(u) = self.undo.pop() {
            match u {
                Undo::State(k, Some(s)) => {
                    self.states.insert(k, s);
                }
                Undo::State(k, None) => {
                    self.states.remove(&k);
                }
                Undo::Seen(id, Some(m)) => {
                    self.seen.insert(id, m);
                }
                Undo::Seen(id, None) => {
                    self.seen.remove(&id);
                }
                Undo::Halts(h) => self.halts = h,
            }
        }
        self.counts = self.counts_before.clone();
        self.batch_start.clear();
        self.dead_pending.clear();
    }
}
