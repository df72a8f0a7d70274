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

use std::time::{Duration, Instant};

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use self::core::{Core, Counts};
use self::intake::Gathered;
use self::outputs::Topics;
use self::restore::halt_history;
pub use self::writer::EosChoice;
use self::writer::{Batch, Mode, WriteError};
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::kafka::client::{KafkaProducer, KafkaReader};
use crate::kafka::group::{self, GroupContext, Member};
use crate::settings::KafkaSettings;
use crate::signing::envelope::Verifier;

/// Default consumer group of the executor.
pub const GROUP: &str = "robot-command-executor";

/// Most records per batch: a robot's state record lists every record of it decided since the
/// last offset commit, and this keeps such a record well under the broker's 1 MB limit.
pub const MAX_BATCH: usize = 5000;

/// Least time between two replacements of a fenced producer (see `Running::renew`).
const RENEW_EVERY: Duration = Duration::from_secs(60);

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

/// What the executor holds while it runs: its clients, its view and the halt follower.
struct Running {
    core: Core,
    mode: Mode,
    producer: KafkaProducer,
    consumer: StreamConsumer<GroupContext>,
    /// Follows robot-emergency-halt from the end of its history.
    halt_reader: KafkaReader,
    /// Checks halts, whose validity window does not apply.
    relaxed: Verifier,
    /// Full name of robot-emergency-halt, rewound with the commands.
    halt_topic: String,
    /// Full name of robot-commands, whose offsets are committed with each batch.
    cmd_topic: String,
    /// The topics a batch writes to.
    topics: Topics,
    /// The producer's transactional id, to make a new producer after a fencing.
    txn_id: String,
    /// When the producer was last replaced after a fencing: a second fencing soon after means
    /// another instance really holds the id.
    renewed_at: Option<Instant>,
}

impl Running {
    /// Replaces a fenced producer, unless it was replaced less than [`RENEW_EVERY`] ago. A
    /// transaction coordinator that moved or timed a transaction out also bumps the producer's
    /// epoch, and librdkafka reports that as a fencing (seen in a rolling restart,
    /// tests/faults.rs); a second instance with the same `--instance` fences the new producer
    /// again at once, and this one then stops.
    fn renew(&mut self, k: &KafkaSettings, eos: EosChoice) -> Result<bool> {
        if self.renewed_at.is_some_and(|t| t.elapsed() < RENEW_EVERY) {
            return Ok(false);
        }
        let (producer, mode) = writer::producer(k, eos, &self.txn_id)?;
        self.producer = producer;
        self.mode = mode;
        self.renewed_at = Some(Instant::now());
        Ok(true)
    }

    /// The group consumer, this instance in its group and the topic it reads.
    fn reading<'a>(
        &'a self,
        o: &'a Options,
    ) -> (&'a StreamConsumer<GroupContext>, Member<'a>, &'a str) {
        (&self.consumer, o.member(), &self.cmd_topic)
    }
}

/// Creates the clients, folds the halt history and restores the robots' states.
fn start(k: &KafkaSettings, verifier: Verifier, o: &Options) -> Result<Running> {
    let by = format!("executor-{}", o.instance);
    let mut core = Core::new(verifier.clone(), by, o.chaos);
    core.fail_attempts = o.fail_attempts;
    core.max_retries = o.max_retries;
    let halt_topic = topic(&o.prefix, names::EMERGENCY_HALT);
    let txn_id = format!("fleetctl-executor-{}{}", o.prefix, o.instance);
    let (producer, mode) = writer::producer(k, o.eos, &txn_id)?;
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

    // Short session and rebalance timeouts: after a crash the group waits this long for the
    // dead member before the survivors get its partitions (a restart with the same --instance
    // takes them back at once).
    let consumer = group::consumer(k, o.member(), group::RESTARTABLE_GROUP)?;
    consumer
        .subscribe(&[&topic(&o.prefix, names::COMMANDS)])
        .map_err(anyhow::Error::from)?;
    // The robots' states are restored after each assignment (`after_rebalance`), not here:
    // read before the group hands this instance its partitions, they could miss a batch their
    // previous owner was still committing.
    for cmd in &history {
        // States restored from the topic already carry halted flags; this only fills the set.
        core.halts.apply(&cmd.target, &cmd.action);
    }
    observe::halts_in_force(&core.halts);
    Ok(Running {
        core,
        mode,
        producer,
        consumer,
        halt_reader,
        relaxed,
        halt_topic,
        cmd_topic: topic(&o.prefix, names::COMMANDS),
        topics: Topics::new(&o.prefix),
        txn_id,
        renewed_at: None,
    })
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
    loop {
        if token.is_cancelled() || o.duration.is_some_and(|d| started.elapsed() >= d) {
            break;
        }
        p.after_rebalance(k, &o, &mut r)?;
        let gathered = match p.next.take() {
            Some(g) => g,
            None => {
                let v = &r.core.verifier;
                intake::prepare(r.reading(&o), &r.halt_reader, &token, o.batch, v).await?
            }
        };
        if gathered.rebalances != p.restored_at {
            // Read across (or just after) a rebalance: read again once the states are restored.
            intake::rewind_halts(&r.halt_reader, gathered.first_halt(), &r.halt_topic)?;
            continue;
        }
        if gathered.is_empty() {
            if let (Some(idle), Some(last)) = (o.exit_when_idle, p.last_record) {
                if last.elapsed() >= idle {
                    break;
                }
            }
            continue;
        }
        p.last_record = Some(Instant::now());
        p.first_record.get_or_insert_with(Instant::now);
        p.write_and_read_ahead(k, &o, &mut r, &token, gathered)
            .await?;
    }
    let _ = r.producer.flush(Duration::from_secs(10));
    p.summary.counts = r.core.counts.clone();
    Ok(p.summary)
}

impl Progress {
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
        if r.consumer.assignment().is_ok_and(|a| a.count() > 0) {
            restore::restore_again(k, &o.prefix, &mut r.core)?;
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
            writer::write_in(
                r.mode,
                &r.producer,
                &r.consumer,
                group.as_ref(),
                &batch,
                &tpl,
                how
            ),
            intake::prepare(r.reading(o), &r.halt_reader, token, o.batch, &verifier),
        );
        let following = following?;
        match result {
            Ok(()) => {
                self.batch_written(r, &batch, write_started);
                let took = started.elapsed().as_secs_f64();
                crate::metrics::global().roles.processed("executor", took);
                self.next = Some(following);
            }
            Err(e) => {
                r.core.rollback_batch();
                match &e {
                    WriteError::Fenced(msg) if r.renew(k, o.eos)? => {
                        tracing::warn!("the producer was fenced ({msg}); replaced by a new one")
                    }
                    _ => stopping(&e, &o.instance)?,
                }
                tracing::warn!("batch not written ({e}); rewinding to the committed offsets");
                self.summary.rewinds += 1;
                intake::rewind(&r.consumer, k.timeout)?;
                let first = first_halt.or(following.first_halt());
                intake::rewind_halts(&r.halt_reader, first, &r.halt_topic)?;
            }
        }
        Ok(())
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
