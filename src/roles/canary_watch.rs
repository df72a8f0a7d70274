//! The control center's canary abort: follows robot-command-completions from its end (by
//! assignment, no group) on a thread of its own and trips a flag once the canary's failure rate
//! crosses `--abort-threshold`. The deciding loop only reads the flag, so it never waits on this.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rdkafka::consumer::Consumer;
use rdkafka::{Message, Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use super::canary::CanaryStats;
use crate::error::Result;
use crate::model::fleet::Completion;
use crate::settings::KafkaSettings;

/// Actions the control center issues: the canary is judged on these alone, not on safety stops.
const CONTROL_ACTIONS: [&str; 3] = ["MOVE_TO", "RETURN_TO_BASE", "CHARGE"];

/// Shared between the watcher and the deciding loop.
#[derive(Debug, Default)]
pub struct AbortFlag {
    /// Set once; from then on every command is a dry run.
    aborted: AtomicBool,
    /// When it was set, ms since the epoch (0 while not set).
    at_ms: AtomicI64,
}

impl AbortFlag {
    /// Whether the canary has been aborted.
    pub fn is_set(&self) -> bool {
        self.aborted.load(Ordering::Relaxed)
    }

    /// When the canary was aborted, if it was.
    pub fn at_ms(&self) -> Option<i64> {
        self.is_set()
            .then(|| self.at_ms.load(Ordering::Relaxed))
            .filter(|t| *t > 0)
    }

    /// Trips the flag (the first call wins); returns whether this call tripped it.
    fn trip(&self) -> bool {
        // The flag goes up before the time is taken: a command signed after `at_ms` saw it.
        let first = !self.aborted.swap(true, Ordering::SeqCst);
        if first {
            self.at_ms.store(crate::model::now_ms(), Ordering::SeqCst);
        }
        first
    }
}

/// Starts following `completions_topic` from its current end; returns at once. The thread ends
/// when `token` is cancelled or the canary is aborted.
pub fn spawn(
    k: &KafkaSettings,
    completions_topic: &str,
    threshold: f64,
    flag: Arc<AbortFlag>,
    token: CancellationToken,
) -> Result<std::thread::JoinHandle<()>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let reader = crate::kafka::client::reader(k)?;
    let parts =
        crate::kafka::client::partitions(reader.client(), completions_topic, k.timeout, &brokers)?;
    let mut tpl = TopicPartitionList::new();
    for p in parts {
        // Outcomes from before this run belong to an earlier rollout.
        tpl.add_partition_offset(completions_topic, p, Offset::End)
            .map_err(anyhow::Error::from)?;
    }
    reader.assign(&tpl).map_err(anyhow::Error::from)?;
    let topic = completions_topic.to_string();
    std::thread::Builder::new()
        .name("canary-watch".into())
        .spawn(move || {
            let mut stats = CanaryStats::default();
            while !token.is_cancelled() {
                let Some(r) = reader.poll(Duration::from_millis(200)) else {
                    continue;
                };
                let m = match r {
                    Ok(m) => m,
                    Err(e) => {
                        tracing::warn!("following {topic}: {e}");
                        continue;
                    }
                };
                let Some(c) = m
                    .payload()
                    .and_then(|p| serde_json::from_slice::<Completion>(p).ok())
                else {
                    continue;
                };
                if !CONTROL_ACTIONS.contains(&c.action.as_str()) {
                    continue;
                }
                stats.observe(&c);
                if stats.should_abort(threshold) && flag.trip() {
                    let rate = stats.real.failure_rate().unwrap_or(0.0);
                    tracing::warn!(
                        "canary aborted: {:.0}% of {} real commands failed or were rejected (--abort-threshold {:.0}%); sending only dry runs from now on",
                        rate * 100.0,
                        stats.real.total,
                        threshold * 100.0
                    );
                    crate::metrics::global().canary_aborted.set(1);
                    return;
                }
            }
        })
        .map_err(|e| anyhow::anyhow!("cannot start the canary watcher: {e}").into())
}
