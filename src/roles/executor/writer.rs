//! How a batch's records reach the broker: in a Kafka transaction with its offsets, or in ordered
//! acknowledged waves (state, then completions, then idempotency and dead letters) before the
//! offsets are committed.

use std::time::Duration;

use rdkafka::consumer::{CommitMode, Consumer, ConsumerGroupMetadata};
use rdkafka::error::KafkaError;
use rdkafka::message::OwnedHeaders;
use rdkafka::producer::{FutureRecord, Producer};
use rdkafka::TopicPartitionList;

use crate::kafka::client::KafkaProducer;
use crate::settings::KafkaSettings;

/// One record to produce.
#[derive(Debug, Clone)]
pub struct Out {
    /// Full topic name.
    pub topic: String,
    /// Record key.
    pub key: String,
    /// Record value (none for a tombstone, which a dead letter keeps as it was).
    pub value: Option<Vec<u8>>,
    /// Headers (dead letters).
    pub headers: Option<OwnedHeaders>,
}

impl Out {
    /// Record `m` as it was (key and value, a tombstone staying one), for `topic`, with
    /// `headers`: a dead letter, a retry, a re-publication.
    pub fn carrying<M: rdkafka::Message>(m: &M, topic: &str, headers: OwnedHeaders) -> Out {
        Out {
            topic: topic.to_string(),
            key: m
                .key()
                .map(|k| String::from_utf8_lossy(k).into_owned())
                .unwrap_or_default(),
            value: m.payload().map(<[u8]>::to_vec),
            headers: Some(headers),
        }
    }
}

/// The records of one batch, in the order they must be acknowledged.
#[derive(Debug, Default)]
pub struct Batch {
    /// Robot states (the effects, carrying the dedup marks).
    pub states: Vec<Out>,
    /// Completions.
    pub completions: Vec<Out>,
    /// Idempotency records and dead letters.
    pub rest: Vec<Out>,
}

impl Batch {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.states.is_empty() && self.completions.is_empty() && self.rest.is_empty()
    }
}

/// How the executor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Kafka transactions: records and offsets commit or abort together.
    Transactions,
    /// Idempotent producer, ordered waves, offsets committed after acknowledgement.
    Idempotent,
}

impl Mode {
    /// Name for logs and metric labels.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Transactions => "transactions",
            Mode::Idempotent => "idempotent",
        }
    }
}

/// Which exactly-once mode to run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EosChoice {
    /// Transactions when the broker grants them, else idempotent.
    Auto,
    /// Transactions or fail.
    Transactions,
    /// Idempotent waves.
    Idempotent,
}

/// How long the transaction coordinator lets a transaction stay open before it aborts it. A
/// batch's transaction takes milliseconds, but one left open by a process that froze or lost its
/// coordinator holds back every read_committed reader of the topics it wrote to (the restore of
/// the robots' states, the archiver, the executors reading robot-commands behind the retry
/// consumer) until then: at Kafka's 60 s, the executors did nothing for over 30 s after a 20 s
/// freeze of the controller leader (tests/faults.rs).
const TRANSACTION_TIMEOUT_MS: &str = "15000";

/// Makes the producer for the wanted mode; `Auto` asks the broker and falls back to idempotent.
pub fn producer(
    k: &KafkaSettings,
    eos: EosChoice,
    txn_id: &str,
) -> crate::error::Result<(KafkaProducer, Mode)> {
    if eos != EosChoice::Idempotent {
        let p = crate::kafka::client::producer(
            k,
            &[
                ("transactional.id", txn_id),
                ("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS),
                // librdkafka refuses a delivery timeout longer than the transaction's.
                ("message.timeout.ms", TRANSACTION_TIMEOUT_MS),
            ],
        )?;
        match p.init_transactions(k.timeout.max(Duration::from_secs(5))) {
            Ok(()) => return Ok((p, Mode::Transactions)),
            Err(e)
                if crate::kafka::denied_by(&e, "Write", "transactional-id", txn_id).is_some() =>
            {
                return Err(
                    crate::kafka::denied_by(&e, "Write", "transactional-id", txn_id)
                        .unwrap_or_else(|| crate::error::Error::Refused(e.to_string())),
                );
            }
            Err(e) if eos == EosChoice::Transactions => {
                return Err(anyhow::anyhow!(
                    "the broker refused transactions (--eos transactions): {e}"
                )
                .into());
            }
            Err(e) => {
                tracing::warn!("broker refused transactions ({e}); running in idempotent mode")
            }
        }
    }
    Ok((crate::kafka::client::producer(k, &[])?, Mode::Idempotent))
}

/// How `write` commits, and the name its fault points carry.
#[derive(Debug, Clone, Copy)]
pub struct How {
    /// Bound of each transactional call.
    pub txn_timeout: Duration,
    /// How the idempotent mode commits offsets (`Async` where a lost commit only means records
    /// the executor deduplicates come again).
    pub commit: CommitMode,
    /// Role name: fault points are `<role>.<step>` (see `crate::fault`).
    pub role: &'static str,
}

/// What went wrong writing a batch, classified as librdkafka's documentation asks.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The transaction must be aborted; rewind to the committed offsets and go on.
    #[error("abortable: {0}")]
    Abortable(String),
    /// The producer is unusable: the role replaces it (`renewal`) or stops.
    #[error("fatal: {0}")]
    Fatal(String),
    /// Another producer with the same transactional id took over (a second instance with the
    /// same `--instance`): this one must stop without writing anything more.
    #[error("fenced: {0}")]
    Fenced(String),
    /// A write failed outside a transaction; rewind and try the batch again.
    #[error("{0}")]
    Failed(String),
}

/// Produces every record, in order, then waits for all acknowledgements.
pub async fn send_all<'a>(
    p: &KafkaProducer,
    outs: impl IntoIterator<Item = &'a Out>,
) -> Result<(), KafkaError> {
    let outs = outs.into_iter();
    let mut reports = Vec::with_capacity(outs.size_hint().0);
    for o in outs {
        let mut r: FutureRecord<'_, str, [u8]> = FutureRecord::to(&o.topic).key(&o.key);
        if let Some(v) = &o.value {
            r = r.payload(v);
        }
        if let Some(h) = &o.headers {
            r = r.headers(h.clone());
        }
        reports.push(crate::kafka::queue::enqueue(p, r).await?);
    }
    for report in reports {
        match report.await {
            Ok(Ok(_)) => {}
            Ok(Err((e, _))) => {
                crate::kafka::stats::producer_failed(&e);
                return Err(e);
            }
            Err(_) => return Err(KafkaError::Canceled),
        }
    }
    Ok(())
}

/// Writes a batch in acknowledged waves, then commits `offsets`.
pub async fn write_idempotent<C: Consumer<X>, X: rdkafka::consumer::ConsumerContext>(
    p: &KafkaProducer,
    consumer: &C,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    let steps = ["after_states", "after_completions", "after_rest"];
    for (wave, step) in [&batch.states, &batch.completions, &batch.rest]
        .into_iter()
        .zip(steps)
    {
        if !wave.is_empty() {
            send_all(p, wave)
                .await
                .map_err(|e| WriteError::Failed(e.to_string()))?;
        }
        crate::fault::kill(&format!("{}.{step}", how.role));
    }
    if offsets.count() > 0 {
        consumer
            .commit(offsets, how.commit)
            .map_err(|e| WriteError::Failed(format!("offset commit: {e}")))?;
    }
    crate::fault::kill(&format!("{}.after_commit", how.role));
    Ok(())
}

fn classify(e: KafkaError) -> WriteError {
    use rdkafka::types::RDKafkaErrorCode as C;
    // Only a fencing is a takeover. An old epoch alone (InvalidProducerEpoch) also follows a
    // transaction the coordinator aborted on its own (its timeout ran out while a broker was
    // frozen, tests/faults.rs): librdkafka calls that abortable, and the next batch goes on.
    let fenced = [C::Fenced, C::ProducerFenced];
    if e.rdkafka_error_code().is_some_and(|c| fenced.contains(&c)) {
        return WriteError::Fenced(e.to_string());
    }
    if let KafkaError::Transaction(t) = &e {
        if t.is_fatal() {
            return WriteError::Fatal(e.to_string());
        }
        if t.txn_requires_abort() {
            return WriteError::Abortable(e.to_string());
        }
    }
    WriteError::Abortable(e.to_string())
}

/// Longest wait for delivery reports before a commit.
const SETTLE_MAX: Duration = Duration::from_millis(50);

/// Waits (at most [`SETTLE_MAX`]) until librdkafka counts nothing in flight. Every record is
/// acknowledged by now, but its delivery report may still be held by the producer's poll thread
/// for a moment; rdkafka 0.39's `commit_transaction` flushes first, and its flush then polls in
/// 100 ms slices that run to their end, so committing a moment too early costs 100 ms
/// (measured: docs/commands.md, "The 100 ms commit stall").
fn settle(p: &KafkaProducer) {
    let started = std::time::Instant::now();
    while p.in_flight_count() > 0 && started.elapsed() < SETTLE_MAX {
        std::thread::sleep(Duration::from_micros(100));
    }
}

/// Longest time a transactional call is retried: each try may itself block for the
/// transaction timeout, and an executor stuck retrying against a moving coordinator did no work
/// and ignored SIGTERM for 78 s (tests/faults.rs).
const RETRY_FOR: Duration = Duration::from_secs(20);

/// Runs a transactional call, retrying it while librdkafka says the error is retriable, for at
/// most [`RETRY_FOR`] (the batch is then aborted and read again).
fn retrying<T>(what: &str, mut f: impl FnMut() -> Result<T, KafkaError>) -> Result<T, WriteError> {
    let started = std::time::Instant::now();
    let mut attempt = 0u32;
    loop {
        match f() {
            Ok(v) => return Ok(v),
            Err(KafkaError::Transaction(t))
                if t.is_retriable() && attempt < 10 && started.elapsed() < RETRY_FOR =>
            {
                attempt += 1;
                tracing::warn!("{what}: retriable error ({t}), attempt {attempt}");
                std::thread::sleep(Duration::from_millis(100 * u64::from(attempt)));
            }
            Err(e) => return Err(classify(e)),
        }
    }
}

/// Writes a batch and its offsets as `mode` says, committing them in the group's current
/// generation.
pub async fn write<C: Consumer<X>, X: rdkafka::consumer::ConsumerContext>(
    mode: Mode,
    p: &KafkaProducer,
    consumer: &C,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    let group = consumer.group_metadata();
    write_in(mode, p, consumer, group.as_ref(), batch, offsets, how).await
}

/// Writes a batch and its offsets as `mode` says; a transaction commits the offsets in `group`,
/// the generation the batch was read in, which the broker refuses once the group has moved on.
pub async fn write_in<C: Consumer<X>, X: rdkafka::consumer::ConsumerContext>(
    mode: Mode,
    p: &KafkaProducer,
    consumer: &C,
    group: Option<&ConsumerGroupMetadata>,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    match (mode, group) {
        (Mode::Idempotent, _) => write_idempotent(p, consumer, batch, offsets, how).await,
        (Mode::Transactions, Some(g)) => write_transactional(p, g, batch, offsets, how).await,
        (Mode::Transactions, None) => Err(WriteError::Abortable(
            "no consumer group metadata yet".into(),
        )),
    }
}

/// Writes a batch and its offsets in one transaction. On an abortable error the transaction is
/// aborted here; the caller rewinds.
pub async fn write_transactional(
    p: &KafkaProducer,
    group: &ConsumerGroupMetadata,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    let timeout = how.txn_timeout;
    let point = |step: &str| format!("{}.{step}", how.role);
    let result = async {
        tokio::task::block_in_place(|| retrying("begin transaction", || p.begin_transaction()))?;
        // One wave: inside a transaction the records become visible together, so their order
        // across topics does not matter, and one wait for acknowledgements is enough.
        let all: Vec<&Out> = [&batch.states, &batch.completions, &batch.rest]
            .into_iter()
            .flatten()
            .collect();
        send_all(p, all).await.map_err(classify)?;
        tokio::task::block_in_place(|| {
            if offsets.count() > 0 {
                retrying("send offsets", || {
                    p.send_offsets_to_transaction(offsets, group, timeout)
                })?;
            }
            if crate::fault::fail(&point("txn_fail")) {
                return Err(WriteError::Abortable(
                    "injected failure before commit".into(),
                ));
            }
            crate::fault::kill(&point("txn_before_commit"));
            settle(p);
            retrying("commit transaction", || p.commit_transaction(timeout))
        })?;
        crate::fault::kill(&point("txn_after_commit"));
        // A commit that landed but whose answer was lost, as when the coordinator fails over.
        if crate::fault::fail(&point("txn_lost_commit")) {
            return Err(WriteError::Fatal(
                "injected: the commit's answer was lost".into(),
            ));
        }
        Ok(())
    }
    .await;
    if let Err(WriteError::Abortable(msg)) = &result {
        tracing::warn!("aborting transaction: {msg}");
        if let Err(e) = tokio::task::block_in_place(|| {
            retrying("abort transaction", || p.abort_transaction(timeout))
        }) {
            return Err(match e {
                WriteError::Fatal(m) => WriteError::Fatal(m),
                WriteError::Fenced(m) => WriteError::Fenced(m),
                other => WriteError::Fatal(format!("abort failed: {other}")),
            });
        }
    }
    result
}
