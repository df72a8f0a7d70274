//! The command executor: consumes robot-commands and applies each command exactly once.
//!
//! Per batch: verify → deduplicate → apply → write state, completion, idempotency record (and
//! dead letters) → commit offsets, either in one Kafka transaction or, where the broker has no
//! transactions, in acknowledged waves with the dedup mark inside the state record (see `core`).

pub mod core;
pub mod halts;
pub mod observe;
pub mod writer;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::message::OwnedMessage;
use rdkafka::producer::Producer;
use rdkafka::{ClientContext, Message, Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use self::core::{Core, Counts, Decision, Record};
pub use self::writer::EosChoice;
use self::writer::{Batch, Mode, Out, WriteError};
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::kafka::client;
use crate::kafka::dlq;
use crate::model::fleet::{CompletionStatus, IdempotencyRecord, RobotState};
use crate::model::now_ms;
use crate::roles::retry_headers;
use crate::settings::KafkaSettings;
use crate::signing::envelope::{Rejection, Verified, Verifier};

/// Default consumer group of the executor.
pub const GROUP: &str = "robot-command-executor";

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

/// Notes rebalances so that state is reloaded before the next batch.
struct Ctx {
    assigned: Arc<AtomicBool>,
}

impl ClientContext for Ctx {}

impl ConsumerContext for Ctx {
    fn post_rebalance(&self, _c: &BaseConsumer<Self>, r: &Rebalance<'_>) {
        if matches!(r, Rebalance::Assign(_)) {
            self.assigned.store(true, Ordering::SeqCst);
        }
    }
}

fn json<T: serde::Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// Reloads robot states and the idempotency store into a fresh core (halts are kept).
fn restore(k: &KafkaSettings, prefix: &str, core: &mut Core) -> Result<()> {
    core.states.clear();
    core.seen.clear();
    let mut states = Vec::new();
    client::read_to_end(k, &topic(prefix, names::STATE), |_, _, _, v| {
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
    let mut relaxed = verifier.clone();
    relaxed.max_skew_ms = i64::MAX / 4;
    let mut history = Vec::new();
    let ends = client::read_to_end(k, &halt_topic, |_, _, key, value| {
        match relaxed.verify(key, value, now_ms()) {
            Ok(v) => history.push(v.command),
            Err(r) => tracing::warn!("ignoring an invalid record on the halt topic: {r}"),
        }
    })?;
    let halt_end = ends.get(&0).copied().unwrap_or(0);
    let halt_reader = client::reader(k)?;
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(&halt_topic, 0, Offset::Offset(halt_end))
        .map_err(anyhow::Error::from)?;
    halt_reader.assign(&tpl).map_err(anyhow::Error::from)?;

    let assigned = Arc::new(AtomicBool::new(false));
    // Short session and rebalance timeouts: after a crash the group waits this long for the
    // dead member before a restarted instance gets its partitions back.
    let consumer: StreamConsumer<Ctx> = client::consumer_with(
        k,
        &o.group,
        client::RESTARTABLE_GROUP,
        Ctx {
            assigned: assigned.clone(),
        },
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
        // Gather a batch: wait for the first record (briefly, to keep following halts), then drain.
        let mut msgs: Vec<OwnedMessage> = Vec::new();
        tokio::select! {
            _ = token.cancelled() => {}
            r = tokio::time::timeout(Duration::from_millis(100), consumer.recv()) => {
                if let Ok(r) = r {
                    match r {
                        Ok(m) => msgs.push(m.detach()),
                        Err(e) => tracing::warn!("consume: {e}"),
                    }
                }
            }
        }
        while !msgs.is_empty() && msgs.len() < o.batch {
            match tokio::time::timeout(Duration::from_millis(2), consumer.recv()).await {
                Ok(Ok(m)) => msgs.push(m.detach()),
                Ok(Err(e)) => tracing::warn!("consume: {e}"),
                Err(_) => break,
            }
        }
        let mut halts = Vec::new();
        while let Some(r) = halt_reader.poll(Duration::ZERO) {
            match r {
                Ok(m) => halts.push(m.detach()),
                Err(e) => tracing::warn!("halt topic: {e}"),
            }
        }
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
        let mut batch = Batch::default();
        let mut states: std::collections::BTreeMap<String, RobotState> = Default::default();
        for m in &halts {
            match relaxed.verify(m.key(), m.payload(), now) {
                Ok(v) => {
                    for s in core.apply_halt(&v.command, now) {
                        states.insert(s.robot_id.clone(), s);
                    }
                }
                Err(r) => batch.rest.push(dead_letter(
                    &topics.dlq,
                    &o.group,
                    "halt",
                    m,
                    r.class(),
                    &r.to_string(),
                    1,
                )),
            }
        }
        let mut offsets: std::collections::BTreeMap<i32, i64> = Default::default();
        let mut verified = verify_all(&core.verifier, &msgs, now).into_iter();
        for m in &msgs {
            offsets.insert(m.partition(), m.offset() + 1);
            let attempt = retry_headers::attempt(m);
            let pre = verified.next();
            let rec = Record {
                partition: m.partition(),
                offset: m.offset(),
                key: m.key(),
                value: m.payload(),
                attempt,
            };
            match core.process(rec, now, pre) {
                Decision::AlreadyDone => {}
                Decision::Done(e) | Decision::Reemit(e) => {
                    states.insert(e.state.robot_id.clone(), e.state.clone());
                    let robot = e.completion.robot_id.clone();
                    batch.completions.push(Out {
                        topic: topics.completions.clone(),
                        key: robot.clone(),
                        value: json(&e.completion),
                        headers: None,
                    });
                    if let Some(i) = &e.idempotency {
                        batch.rest.push(Out {
                            topic: topics.idempotency.clone(),
                            key: i.command_id.to_string(),
                            value: json(i),
                            headers: None,
                        });
                    }
                    if e.completion.status == CompletionStatus::Failed {
                        let error = e.completion.reason.clone().unwrap_or_default();
                        batch.completions.push(retry_or_dead_letter(
                            &topics, &o.group, m, attempt, &error, now,
                        ));
                    }
                }
                Decision::DeadLetter(r) => {
                    tracing::info!(
                        class = r.class(),
                        "dead-lettered {}/{}: {r}",
                        m.partition(),
                        m.offset()
                    );
                    batch.rest.push(dead_letter(
                        &topics.dlq,
                        &o.group,
                        "verify",
                        m,
                        r.class(),
                        &r.to_string(),
                        attempt,
                    ));
                }
            }
        }
        batch.states = states
            .into_values()
            .map(|s| Out {
                topic: topics.state.clone(),
                key: s.robot_id.clone(),
                value: json(&s),
                headers: None,
            })
            .collect();
        let mut tpl = TopicPartitionList::new();
        for (p, o) in &offsets {
            tpl.add_partition_offset(&cmd_topic, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
        }
        let write_started = Instant::now();
        let result = match mode {
            Mode::Idempotent => writer::write_idempotent(&producer, &consumer, &batch, &tpl).await,
            Mode::Transactions => match consumer.group_metadata() {
                Some(g) => {
                    writer::write_transactional(
                        &producer,
                        &g,
                        &batch,
                        &tpl,
                        k.timeout.max(Duration::from_secs(10)),
                    )
                    .await
                }
                None => Err(WriteError::Abortable(
                    "no consumer group metadata yet".into(),
                )),
            },
        };
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
            Err(e) => {
                tracing::warn!("batch not written ({e}); rewinding to the committed offsets");
                core.rollback_batch();
                summary.rewinds += 1;
                rewind(&consumer, k.timeout)?;
                rewind_halts(&halt_reader, &halts, &halt_topic)?;
            }
        }
    }
    let _ = producer.flush(Duration::from_secs(10));
    summary.counts = core.counts.clone();
    Ok(summary)
}

/// Verifies a batch's signatures on every core: verification is most of the executor's CPU.
fn verify_all(v: &Verifier, msgs: &[OwnedMessage], now: i64) -> Vec<Result<Verified, Rejection>> {
    let one = |m: &OwnedMessage| v.verify(m.key(), m.payload(), now);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    if threads < 2 || msgs.len() < 64 {
        return msgs.iter().map(one).collect();
    }
    let chunk = msgs.len().div_ceil(threads);
    tokio::task::block_in_place(|| {
        std::thread::scope(|scope| {
            let handles: Vec<_> = msgs
                .chunks(chunk)
                .map(|c| {
                    (
                        c.len(),
                        scope.spawn(move || c.iter().map(one).collect::<Vec<_>>()),
                    )
                })
                .collect();
            // Keep results aligned with records even if a thread died: its records are rejected.
            handles
                .into_iter()
                .flat_map(|(n, h)| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(Rejection::Malformed("verification failed".into())); n]
                    })
                })
                .collect()
        })
    })
}

/// Full names of the topics the executor writes.
struct Topics {
    completions: String,
    idempotency: String,
    state: String,
    dlq: String,
    retry: String,
}

impl Topics {
    fn new(prefix: &str) -> Self {
        Topics {
            completions: topic(prefix, names::COMPLETIONS),
            idempotency: topic(prefix, names::IDEMPOTENCY),
            state: topic(prefix, names::STATE),
            dlq: topic(prefix, names::DLQ),
            retry: topic(prefix, names::COMMANDS_RETRY),
        }
    }
}

fn dead_letter(
    dlq_topic: &str,
    group: &str,
    stage: &str,
    m: &OwnedMessage,
    class: &str,
    message: &str,
    attempts: u32,
) -> Out {
    let f = dlq::Failure {
        group,
        stage,
        class,
        message: message.to_string(),
        attempts,
    };
    Out {
        topic: dlq_topic.to_string(),
        key: m
            .key()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .unwrap_or_default(),
        value: m.payload().map(|p| p.to_vec()).unwrap_or_default(),
        headers: Some(dlq::headers(m, &f)),
    }
}

/// A failed attempt goes to the retry topic with its due time, or after the last retry to the DLQ.
fn retry_or_dead_letter(
    t: &Topics,
    group: &str,
    m: &OwnedMessage,
    attempt: u32,
    error: &str,
    now: i64,
) -> Out {
    if attempt > retry_headers::MAX_RETRIES {
        let msg = format!("gave up after {attempt} attempts: {error}");
        return dead_letter(
            &t.dlq,
            group,
            "execute",
            m,
            "retries_exhausted",
            &msg,
            attempt,
        );
    }
    Out {
        topic: t.retry.clone(),
        key: m
            .key()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .unwrap_or_default(),
        value: m.payload().map(|p| p.to_vec()).unwrap_or_default(),
        headers: Some(retry_headers::for_retry(m, attempt, error, now)),
    }
}

/// Seeks every assigned partition back to its committed offset.
fn rewind<C: ConsumerContext>(consumer: &StreamConsumer<C>, timeout: Duration) -> Result<()> {
    let committed = consumer
        .committed(timeout)
        .map_err(|e| anyhow::anyhow!("reading committed offsets: {e}"))?;
    for e in committed.elements() {
        let offset = match e.offset() {
            Offset::Offset(o) => Offset::Offset(o),
            _ => Offset::Beginning,
        };
        consumer
            .seek(e.topic(), e.partition(), offset, timeout)
            .map_err(|err| anyhow::anyhow!("rewinding {}/{}: {err}", e.topic(), e.partition()))?;
    }
    Ok(())
}

/// Puts the halt follower back before the halts of a batch that was not written.
fn rewind_halts(reader: &BaseConsumer, halts: &[OwnedMessage], halt_topic: &str) -> Result<()> {
    if let Some(first) = halts.first() {
        reader
            .seek(
                halt_topic,
                0,
                Offset::Offset(first.offset()),
                Duration::from_secs(5),
            )
            .map_err(|e| anyhow::anyhow!("rewinding the halt follower: {e}"))?;
    }
    Ok(())
}
