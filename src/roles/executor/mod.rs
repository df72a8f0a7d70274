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
pub mod ownership;
pub mod renewal;
mod restore;
mod running;
mod txn;
pub mod write;
pub mod writer;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::consumer::{CommitMode, Consumer};
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use self::core::Counts;
use self::intake::Gathered;
use self::running::{start, Running};
pub use self::writer::EosChoice;
use self::writer::{Batch, Mode, WriteError};
use crate::error::{Error, Result};
use crate::kafka::group::{self, Member};
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
    /// Instance identity: the stable transactional.id and static group membership.
    pub instance: String,
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

impl Options {
    /// This instance in its group: always static, its identity being its instance.
    fn member(&self) -> Member<'_> {
        Member {
            group: &self.group,
            instance: Some(&self.instance),
        }
    }
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

/// What the loop carries from one batch to the next.
struct Progress {
    /// The summary so far (counts filled in at the end).
    summary: Summary,
    /// Counters as of the last written batch: metrics take only what a written batch added.
    counted: Counts,
    /// Rebalance count as of the last restore of the robots' states: a batch is decided only
    /// when no rebalance came between that restore and the end of its reading.
    restored_at: u64,
    /// The batch read and verified while the previous one was written, if it was written.
    next: Option<Gathered>,
    /// When the last non-empty batch was read.
    last_record: Option<Instant>,
    /// When the first non-empty batch was read.
    first_record: Option<Instant>,
}

/// Runs the executor until cancelled or `duration` passes.
///
/// While one batch is written, the next is read and its signatures verified (verification is
/// most of the executor's CPU, the write mostly waiting on the broker); a batch read across a
/// rebalance is dropped and read again.
pub async fn run(
    k: &KafkaSettings,
    verifier: Verifier,
    o: Options,
    token: CancellationToken,
) -> Result<Summary> {
    let mut r = start(k, verifier, &o)?;
    let started = Instant::now();
    let mut p = Progress {
        summary: Summary {
            mode: r.mode,
            counts: Counts::default(),
            batches: 0,
            rewinds: 0,
            busy_ms: 0,
        },
        counted: Counts::default(),
        restored_at: 0,
        next: None,
        last_record: None,
        first_record: None,
    };
    let mut fences = group::Fences::default();
    loop {
        if token.is_cancelled() || o.duration.is_some_and(|d| started.elapsed() >= d) {
            break;
        }
        let turn = p.turn(k, &o, &mut r, &token).await;
        if fences.rejoin(&turn) {
            r.rejoin(k, &o)?;
            // The new member starts with no assignment; its first restores the states.
            p.next = None;
            p.restored_at = 0;
            continue;
        }
        if !turn? {
            break;
        }
    }
    let _ = r.producer.flush(Duration::from_secs(10));
    p.summary.counts = r.core.counts.clone();
    Ok(p.summary)
}

impl Progress {
    /// One turn of the loop: a batch read (or the one read ahead), decided and written. False
    /// when the executor has been idle for `exit_when_idle`.
    async fn turn(
        &mut self,
        k: &KafkaSettings,
        o: &Options,
        r: &mut Running,
        token: &CancellationToken,
    ) -> Result<bool> {
        self.after_rebalance(k, o, r)?;
        let gathered = match self.next.take() {
            Some(g) => g,
            None => {
                let v = &r.core.verifier;
                intake::prepare(r.reading(o), &r.halt_reader, token, o.batch, v).await?
            }
        };
        if gathered.rebalances != self.restored_at {
            // Read across (or just after) a rebalance: read again once the states are restored.
            intake::rewind_halts(&r.halt_reader, gathered.first_halt(), &r.halt_topic)?;
            return Ok(true);
        }
        if gathered.is_empty() {
            let idle = o.exit_when_idle.zip(self.last_record);
            return Ok(idle.is_none_or(|(idle, last)| last.elapsed() < idle));
        }
        self.last_record = Some(Instant::now());
        self.first_record.get_or_insert_with(Instant::now);
        self.write_and_read_ahead(k, o, r, token, gathered).await?;
        Ok(true)
    }

    /// After a rebalance: drops a read-ahead batch, puts the commands back at the committed
    /// offsets and restores the robots' states. Reading the committed offsets waits while a
    /// transaction that commits offsets of these partitions is still open (a read_committed
    /// consumer asks for stable offsets), so the states read next include the last batch of the
    /// partitions' previous owner.
    fn after_rebalance(&mut self, k: &KafkaSettings, o: &Options, r: &mut Running) -> Result<()> {
        let count = r.consumer.context().rebalances();
        if count == self.restored_at {
            return Ok(());
        }
        if let Some(stale) = self.next.take() {
            intake::rewind_halts(&r.halt_reader, stale.first_halt(), &r.halt_topic)?;
        }
        intake::rewind(&r.consumer, k.timeout)?;
        let owned = r.ownership(k)?;
        if !owned.partitions.is_empty() {
            restore::restore_again(k, &o.prefix, &mut r.core, &owned)?;
        } else {
            r.core.owned = owned;
        }
        self.restored_at = count;
        Ok(())
    }

    /// Decides `gathered` and writes it while the next batch is read and verified; keeps that
    /// batch for the next turn when the write succeeded, rewinds both when it failed.
    async fn write_and_read_ahead(
        &mut self,
        k: &KafkaSettings,
        o: &Options,
        r: &mut Running,
        token: &CancellationToken,
        mut gathered: Gathered,
    ) -> Result<()> {
        let started = Instant::now();
        r.core.begin_batch();
        let first_halt = gathered.first_halt();
        let group = gathered.group.take();
        let (batch, offsets) =
            outputs::build(&mut r.core, &r.relaxed, gathered, &r.topics, &o.group);
        let mut tpl = TopicPartitionList::new();
        for (p, o) in &offsets {
            tpl.add_partition_offset(&r.cmd_topic, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
        }
        let how = writer::How {
            txn_timeout: k.timeout.max(Duration::from_secs(10)),
            commit: CommitMode::Sync,
            role: "executor",
        };
        let write_started = Instant::now();
        let verifier = r.core.verifier.clone();
        let (result, following) = tokio::join!(
            write::write_in(r.mode, &r.producer, &r.consumer, group, &batch, &tpl, how),
            intake::prepare(r.reading(o), &r.halt_reader, token, o.batch, &verifier),
        );
        // None: written, and the batch read ahead comes next. Some(first): the commands were
        // rewound; the halt follower goes back to `first` (this batch's first halt, when it was
        // rolled back) or else to the first halt read ahead.
        let rewound = match result {
            Ok(()) => {
                self.batch_written(r, &batch, write_started);
                let took = started.elapsed().as_secs_f64();
                crate::metrics::global().roles.processed("executor", took);
                None
            }
            Err(e) => {
                let kept = self.unconfirmed(k, o, r, e, (&batch, &offsets, write_started))?;
                Some(if kept { None } else { first_halt })
            }
        };
        // Only now: a batch written is accounted for even when reading the next one failed.
        let following = following?;
        match rewound {
            None => self.next = Some(following),
            Some(first) => {
                let first = first.or(following.first_halt());
                intake::rewind_halts(&r.halt_reader, first, &r.halt_topic)?;
            }
        }
        Ok(())
    }

    /// After a failed write: replaces a producer that failed for good (or stops), rewinds the
    /// commands to the committed offsets, and keeps the batch if its offsets were committed after
    /// all, else rolls it back. True when kept.
    ///
    /// A commit whose answer was lost (its coordinator failing over) may have gone through: fault
    /// run 9 left 15 robots one command behind when such a batch was rolled back here. Its
    /// offsets went in the same transaction, and the rewind reads them once no transaction is
    /// open, so they say whether it landed.
    fn unconfirmed(
        &mut self,
        k: &KafkaSettings,
        o: &Options,
        r: &mut Running,
        e: WriteError,
        (batch, offsets, write_started): (&Batch, &BTreeMap<i32, i64>, Instant),
    ) -> Result<bool> {
        // A fatal error ends a producer, not the executor: a coordinator that failed over
        // mid-abort answers INVALID_TXN_STATE, which librdkafka makes fatal (tests/faults.rs,
        // docs/kafka.md). A new producer aborts what is left open.
        let renewable = matches!(e, WriteError::Fenced(_) | WriteError::Fatal(_));
        if renewable && r.renewal.replace(k, (&mut r.producer, &mut r.mode), &e)? {
            tracing::warn!("the producer failed ({e}); replaced by a new one");
        } else {
            stopping(&e, &o.instance)?;
        }
        let committed = intake::rewind(&r.consumer, k.timeout)?;
        let landed =
            !offsets.is_empty() && offsets.iter().all(|(p, o)| committed.get(p) == Some(o));
        if landed {
            tracing::warn!(
                "batch reported not written ({e}), but its offsets were committed: kept"
            );
            self.batch_written(r, batch, write_started);
            return Ok(true);
        }
        tracing::warn!("batch not written ({e}); rewound to the committed offsets");
        r.core.rollback_batch();
        self.summary.rewinds += 1;
        Ok(false)
    }

    /// Accounts for a written batch: metrics, the core's batch committed, the summary.
    fn batch_written(&mut self, r: &mut Running, batch: &Batch, write_started: Instant) {
        observe::batch_written(
            &self.counted,
            &r.core.counts,
            &r.core.halts,
            batch,
            &r.topics.dlq,
            write_started.elapsed(),
        );
        self.counted = r.core.counts.clone();
        r.core.commit_batch();
        self.summary.batches += 1;
        self.summary.busy_ms = self
            .first_record
            .map(|f| f.elapsed().as_millis() as u64)
            .unwrap_or(0);
    }
}

/// The errors after which the executor must stop rather than rewind and go on.
fn stopping(e: &WriteError, instance: &str) -> Result<()> {
    match e {
        WriteError::Fatal(msg) => Err(Error::Other(anyhow::anyhow!(
            "executor stopped on a fatal producer error: {msg}"
        ))),
        WriteError::Fenced(msg) => {
            crate::metrics::global().roles.fenced("transactional_id");
            Err(Error::Conflict(format!(
                "executor {instance} stopped: another executor with the same --instance took \
                 over its transactional id, and this one's open batch was aborted ({msg})"
            )))
        }
        WriteError::Abortable(_) | WriteError::Failed(_) => Ok(()),
    }
}
