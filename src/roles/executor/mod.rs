//! The command executor: consumes robot-commands and applies each command exactly once.
//!
//! Per batch: verify → deduplicate → apply → write state, completion, idempotency record (and
//! dead letters) → commit offsets, either in one Kafka transaction or, where the broker has no
//! transactions, in acknowledged waves with the dedup mark inside the state record (see `core`).

pub mod core;
pub mod halts;
mod intake;
pub mod observe;
mod outputs;
mod restore;
pub mod writer;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use self::core::{Core, Counts};
use self::outputs::Topics;
use self::restore::{halt_history, restore};
pub use self::writer::EosChoice;
use self::writer::{Mode, WriteError};
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::kafka::client;
use crate::model::now_ms;
use crate::settings::KafkaSettings;
use crate::signing::envelope::Verifier;

/// Default consumer group of the executor.
pub const GROUP: &str = "robot-command-executor";

/// Most records per batch: a robot's state record lists every record of it decided since the
/// last offset commit, and this keeps such a record well under the broker's 1 MB limit.
pub const MAX_BATCH: usize = 5000;

/// Options of one executor instance.
#[derive(Debug, Clone)]
pub struct Options {
    /// Topic prefix.
    pub prefix: String,
    /// Consumer group.
    pub group: String,
    /// Instance number (stable transactional.id).
    pub instance: u32,
    /// Mode wanted.
    pub eos: EosChoice,
    /// Most records per batch.
    pub batch: usize,
    /// Injected failure probability.
    pub chaos: f64,
    /// Fault injection: every command fails its first this-many attempts.
    pub fail_attempts: u32,
    /// Retries after the first failed attempt before a command goes to the DLQ.
    pub max_retries: u32,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Stop once idle this long after the first record.
    pub exit_when_idle: Option<Duration>,
}

/// What an executor run did.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "type", rename = "executor_summary")]
pub struct Summary {
    /// Mode it ran in.
    pub mode: Mode,
    /// Counters.
    #[serde(flatten)]
    pub counts: Counts,
    /// Batches written.
    pub batches: u64,
    /// Batches rewound after a failed write.
    pub rewinds: u64,
    /// Time from the first record received to the last batch written, ms.
    pub busy_ms: u64,
}

/// Runs the executor until cancelled or `duration` passes.
pub async fn run(
    k: &KafkaSettings,
    verifier: Verifier,
    o: Options,
    token: CancellationToken,
) -> Result<Summary> {
    let by = format!("executor-{}", o.instance);
    let mut core = Core::new(verifier.clone(), by, o.chaos);
    core.fail_attempts = o.fail_attempts;
    core.max_retries = o.max_retries;
    let halt_topic = topic(&o.prefix, names::EMERGENCY_HALT);
    let cmd_topic = topic(&o.prefix, names::COMMANDS);
    let (producer, mode) = writer::producer(
        k,
        o.eos,
        &format!("fleetctl-executor-{}{}", o.prefix, o.instance),
    )?;
    tracing::info!(
        mode = mode.as_str(),
        "executor {} running in {} mode",
        o.instance,
        mode.as_str()
    );
    crate::metrics::global().set_executor_mode(mode.as_str());

    // Halts: fold the whole history, then follow from its end. A halt stays in force until it is
    // resumed, however old, so history is checked for signature and authority but not expiry.
    let relaxed = verifier.ignoring_validity_window();
    let (history, halt_reader) = halt_history(k, &relaxed, &halt_topic)?;

    let assigned = Arc::new(AtomicBool::new(false));
    // Short session and rebalance timeouts: after a crash the group waits this long for the
    // dead member before a restarted instance gets its partitions back.
    let consumer: StreamConsumer<client::RebalanceFlag> = client::consumer_with(
        k,
        &o.group,
        client::RESTARTABLE_GROUP,
        client::RebalanceFlag(assigned.clone()),
    )?;
    consumer
        .subscribe(&[&cmd_topic])
        .map_err(anyhow::Error::from)?;
    restore(k, &o.prefix, &mut core)?;
    for cmd in &history {
        // States restored from the topic already carry halted flags; this only fills the set.
        core.halts.apply(&cmd.target, &cmd.action);
    }

    let started = Instant::now();
    let mut last_record: Option<Instant> = None;
    let mut summary = Summary {
        mode,
        counts: Counts::default(),
        batches: 0,
        rewinds: 0,
        busy_ms: 0,
    };
    let mut first_record: Option<Instant> = None;
    let topics = Topics::new(&o.prefix);
    // Counters as of the last written batch: metrics take only what a written batch added.
    let mut counted = Counts::default();
    loop {
        if token.is_cancelled() || o.duration.is_some_and(|d| started.elapsed() >= d) {
            break;
        }
        if assigned.swap(false, Ordering::SeqCst) && summary.batches > 0 {
            restore(k, &o.prefix, &mut core)?;
        }
        let (msgs, halts) = intake::gather(&consumer, &halt_reader, &token, o.batch).await;
        if msgs.is_empty() && halts.is_empty() {
            if let (Some(idle), Some(last)) = (o.exit_when_idle, last_record) {
                if last.elapsed() >= idle {
                    break;
                }
            }
            continue;
        }
        last_record = Some(Instant::now());
        first_record.get_or_insert_with(Instant::now);

        core.begin_batch();
        let now = now_ms();
        let (batch, offsets) =
            outputs::build(&mut core, &relaxed, &halts, &msgs, &topics, &o.group, now);
        let mut tpl = TopicPartitionList::new();
        for (p, o) in &offsets {
            tpl.add_partition_offset(&cmd_topic, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
        }
        let txn_timeout = k.timeout.max(Duration::from_secs(10));
        let write_started = Instant::now();
        let how = writer::How {
            txn_timeout,
            commit: CommitMode::Sync,
            role: "executor",
        };
        let result = writer::write(mode, &producer, &consumer, &batch, &tpl, how).await;
        match result {
            Ok(()) => {
                observe::batch_written(
                    &counted,
                    &core.counts,
                    &batch,
                    &topics.dlq,
                    write_started.elapsed(),
                );
                counted = core.counts.clone();
                core.commit_batch();
                summary.batches += 1;
                summary.busy_ms = first_record
                    .map(|f| f.elapsed().as_millis() as u64)
                    .unwrap_or(0);
            }
            Err(WriteError::Fatal(msg)) => {
                core.rollback_batch();
                return Err(Error::Other(anyhow::anyhow!(
                    "executor stopped on a fatal producer error: {msg}"
                )));
            }
            Err(WriteError::Fenced(msg)) => {
                core.rollback_batch();
                return Err(Error::Conflict(format!(
                    "executor {} stopped: another executor with the same --instance took over \
                     its transactional id, and this one's open batch was aborted ({msg})",
                    o.instance
                )));
            }
            Err(e) => {
                tracing::warn!("batch not written ({e}); rewinding to the committed offsets");
                core.rollback_batch();
                summary.rewinds += 1;
                intake::rewind(&consumer, k.timeout)?;
                intake::rewind_halts(&halt_reader, &halts, &halt_topic)?;
            }
        }
    }
    let _ = producer.flush(Duration::from_secs(10));
    summary.counts = core.counts.clone();
    Ok(summary)
}
