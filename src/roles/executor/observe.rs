//! What a written batch adds to the Prometheus metrics: counted once per batch from the core's
//! counters, so rewound batches count nothing and the per-record path touches no metric.

use std::time::Duration;

use super::core::Counts;
use super::halts::HaltSet;
use super::writer::Batch;

/// Adds the batch that moved the counters from `before` to `after`, written in `took`, and the
/// halts in force once it is.
pub fn batch_written(
    before: &Counts,
    after: &Counts,
    halts: &HaltSet,
    batch: &Batch,
    dlq_topic: &str,
    took: Duration,
) {
    let m = crate::metrics::global();
    for (status, now, then) in [
        ("EXECUTED", after.executed, before.executed),
        ("REJECTED", after.rejected, before.rejected),
        ("DRY_RUN", after.dry_run, before.dry_run),
        ("FAILED", after.failed, before.failed),
    ] {
        if now > then {
            m.command_completions
                .get_or_create(&crate::metrics::StatusLabels {
                    status: status.into(),
                })
                .inc_by(now - then);
        }
    }
    let dead = [&batch.completions, &batch.rest]
        .into_iter()
        .flatten()
        .filter(|o| o.topic == dlq_topic)
        .count() as u64;
    if dead > 0 {
        m.dlq_entries.inc_by(dead);
    }
    m.transaction_duration.observe(took.as_secs_f64());
    halts_in_force(halts);
}

/// Sets `robot_halts_in_force` from the halts the executor holds.
pub fn halts_in_force(h: &HaltSet) {
    let roles = &crate::metrics::global().roles;
    roles.set_halts(h.all, h.zones.len(), h.robots.len());
}
