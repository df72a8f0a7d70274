//! Canary bookkeeping: outcomes of real (canary) and dry-run commands, from completions.

use std::collections::BTreeSet;

use serde::Serialize;
use uuid::Uuid;

use crate::model::fleet::{Completion, CompletionStatus};

/// Fewest real outcomes before a failure rate is trusted enough to abort on.
pub const MIN_SAMPLE: u64 = 20;

/// Outcome counts of one group of commands.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct GroupStats {
    /// Commands with a final outcome.
    pub total: u64,
    /// Executed, or validated for dry runs.
    pub ok: u64,
    /// Failed executions (each attempt counts).
    pub failed: u64,
    /// Rejected (for example a halted robot).
    pub rejected: u64,
}

impl GroupStats {
    /// Failed and rejected over all outcomes; none when nothing was seen.
    pub fn failure_rate(&self) -> Option<f64> {
        (self.total > 0).then(|| (self.failed + self.rejected) as f64 / self.total as f64)
    }
}

/// Canary and control-group outcomes, deduplicated by (command id, status).
#[derive(Debug, Clone, Default)]
pub struct CanaryStats {
    /// Real commands (the canary).
    pub real: GroupStats,
    /// Dry runs (the control group).
    pub dry_run: GroupStats,
    seen: BTreeSet<(Uuid, String, u8)>,
}

impl CanaryStats {
    /// Counts one completion; acknowledgements of halts and duplicates are ignored.
    pub fn observe(&mut self, c: &Completion) {
        let code = match c.status {
            CompletionStatus::Executed | CompletionStatus::DryRun => 0,
            CompletionStatus::Failed => 1,
            CompletionStatus::Rejected => 2,
            CompletionStatus::HaltAck | CompletionStatus::ResumeAck => return,
        };
        // A retried command fails once per attempt; each attempt is its own outcome.
        let attempt_key = if code == 1 {
            c.completed_at_ms.to_string()
        } else {
            String::new()
        };
        if !self.seen.insert((c.command_id, attempt_key, code)) {
            return;
        }
        let g = if c.dry_run {
            &mut self.dry_run
        } else {
            &mut self.real
        };
        g.total += 1;
        match code {
            0 => g.ok += 1,
            1 => g.failed += 1,
            _ => g.rejected += 1,
        }
    }

    /// Whether the canary's failure rate crossed `threshold` on enough outcomes to trust it.
    pub fn should_abort(&self, threshold: f64) -> bool {
        self.real.total >= MIN_SAMPLE && self.real.failure_rate().is_some_and(|r| r > threshold)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(status: CompletionStatus, dry_run: bool, at: i64) -> Completion {
        Completion {
            command_id: Uuid::new_v4(),
            robot_id: "r".into(),
            status,
            action: "MOVE_TO".into(),
            params: serde_json::Value::Null,
            reason: None,
            dry_run,
            issuer: None,
            issued_at_ms: 0,
            completed_at_ms: at,
            by: "t".into(),
        }
    }

    #[test]
    fn rates_and_abort() {
        let mut s = CanaryStats::default();
        for i in 0..15 {
            s.observe(&c(CompletionStatus::Executed, false, i));
        }
        for i in 0..10 {
            s.observe(&c(CompletionStatus::Failed, false, i));
            s.observe(&c(CompletionStatus::DryRun, true, i));
        }
        assert_eq!(s.real.total, 25);
        assert_eq!(s.dry_run.failure_rate(), Some(0.0));
        assert!(s.should_abort(0.3));
        assert!(!s.should_abort(0.5));
        let dup = c(CompletionStatus::Executed, false, 1);
        s.observe(&dup);
        s.observe(&dup);
        assert_eq!(s.real.total, 26, "a duplicate completion counts once");
    }
}
