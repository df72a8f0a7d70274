//! Rebuilding the executor's view from Kafka: at start-up, and again after a rebalance, since
//! another instance may have written states for the partitions this one now owns.

use rdkafka::consumer::Consumer;
use rdkafka::{Offset, TopicPartitionList};

use super::core::Core;
use super::ownership::Ownership;
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::kafka::client;
use crate::kafka::client::KafkaReader;
use crate::model::command::Command;
use crate::model::fleet::{IdempotencyRecord, RobotState};
use crate::model::now_ms;
use crate::settings::KafkaSettings;
use crate::signing::envelope::Verifier;

/// Attempts of `restore` after a rebalance before the executor gives up.
const RESTORE_ATTEMPTS: u32 = 5;

/// `restore`, tried again while it fails for want of a broker: after a rebalance during a
/// broker failure, reading the states to their end timed out while partition leaders moved, and
/// an executor that stops there loses nothing but stops working (tests/faults.rs).
pub(super) fn restore_again(
    k: &KafkaSettings,
    prefix: &str,
    core: &mut Core,
    owned: &Ownership,
) -> Result<()> {
    let mut attempt = 1;
    loop {
        match restore(k, prefix, core, owned) {
            Err(e @ (Error::Broker(_) | Error::Timeout(_))) if attempt < RESTORE_ATTEMPTS => {
                tracing::warn!("restoring the robots' states (attempt {attempt}): {e}; again");
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_secs(1));
            }
            other => return other,
        }
    }
}

/// Reloads the states of the robots this instance now owns (`owned`: the robot-state
/// partitions matching its robot-commands partitions) and the whole idempotency store (keyed by
/// command, so spread over every partition; a mark of another robot's command is never asked).
pub(super) fn restore(
    k: &KafkaSettings,
    prefix: &str,
    core: &mut Core,
    owned: &Ownership,
) -> Result<()> {
    core.states.clear();
    core.seen.clear();
    core.owned = owned.clone();
    let state_topic = topic(prefix, names::STATE);
    settled(k, &state_topic, &owned.partitions)?;
    let mut states = Vec::new();
    client::read_to_end(k, &state_topic, |p, _, _, v| {
        if !owned.partitions.contains(&p) {
            return;
        }
        if let Some(s) = v.and_then(|v| serde_json::from_slice::<RobotState>(v).ok()) {
            states.push(s);
        }
    })?;
    let n_states = states.len();
    for s in states {
        core.restore_state(s);
    }
    let mut marks = 0usize;
    client::read_to_end(k, &topic(prefix, names::IDEMPOTENCY), |_, _, _, v| {
        if let Some(r) = v.and_then(|v| serde_json::from_slice::<IdempotencyRecord>(v).ok()) {
            core.restore_mark(r);
            marks += 1;
        }
    })?;
    tracing::info!("restored {n_states} robot states and {marks} idempotency records");
    Ok(())
}

/// Longest wait for a transaction still open on the owned robot-state partitions.
const SETTLE_FOR: std::time::Duration =
    super::writer::TRANSACTION_TIMEOUT.saturating_add(std::time::Duration::from_secs(5));

/// Waits until no transaction is open on `partitions` of `topic`: until each one's last stable
/// offset (the end a read_committed reader sees) has reached its high watermark. Only the owner
/// writes its robot-state partitions, so a transaction still open there has been committed or
/// aborted and its markers are being written, or belongs to a previous owner that the
/// coordinator aborts within the transaction timeout. Without the wait, a restore read the
/// states of two partitions without the first wave's last transaction while the idempotency
/// store, read just after, had it: 201 robots ended one command behind (fault run 22,
/// docs/kafka.md).
fn settled(
    k: &KafkaSettings,
    topic: &str,
    partitions: &std::collections::BTreeSet<i32>,
) -> Result<()> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let committed = client::reader(k)?;
    let all = client::reader_with(k, &[("isolation.level", "read_uncommitted")])?;
    let (started, mut open) = (std::time::Instant::now(), false);
    for p in partitions {
        loop {
            let (_, stable) = client::watermarks(&committed, topic, *p, k.timeout, &brokers)?;
            let (_, high) = client::watermarks(&all, topic, *p, k.timeout, &brokers)?;
            if stable >= high {
                break;
            }
            if started.elapsed() > SETTLE_FOR {
                return Err(Error::Timeout(format!(
                    "{topic}[{p}] still has a transaction open after {SETTLE_FOR:?} \
                     (last stable offset {stable}, high watermark {high})"
                )));
            }
            open = true;
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    if open {
        let waited = started.elapsed();
        tracing::info!("waited {waited:?} for open transactions on {topic} before restoring");
    }
    Ok(())
}

/// Reads the whole halt history, and returns it with a reader that follows the topic from its end.
pub(super) fn halt_history(
    k: &KafkaSettings,
    relaxed: &Verifier,
    halt_topic: &str,
) -> Result<(Vec<Command>, KafkaReader)> {
    let mut history = Vec::new();
    let ends = client::read_to_end(k, halt_topic, |_, _, key, value| {
        match relaxed.verify(key, value, now_ms()) {
            Ok(v) => history.push(v.command),
            Err(r) => tracing::warn!("ignoring an invalid record on the halt topic: {r}"),
        }
    })?;
    let halt_end = ends.get(&0).copied().unwrap_or(0);
    let halt_reader = client::reader(k)?;
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(halt_topic, 0, Offset::Offset(halt_end))
        .map_err(anyhow::Error::from)?;
    halt_reader.assign(&tpl).map_err(anyhow::Error::from)?;
    Ok((history, halt_reader))
}
