//! A batch's records and the producer that writes them, and the idempotent way to write them:
//! ordered acknowledged waves (state, then completions, then idempotency and dead letters) before
//! the offsets are committed. The transactional way is in `txn`, the choice in `write`.

use std::time::Duration;

use rdkafka::consumer::{CommitMode, Consumer};
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
pub const TRANSACTION_TIMEOUT: Duration = Duration::from_secs(15);

/// Makes the producer for the wanted mode; `Auto` asks the broker and falls back to idempotent.
pub fn producer(
    k: &KafkaSettings,
    eos: EosChoice,
    txn_id: &str,
) -> crate::error::Result<(KafkaProducer, Mode)> {
    if eos != EosChoice::Idempotent {
        let txn_timeout_ms = TRANSACTION_TIMEOUT.as_millis().to_string();
        let p = crate::kafka::client::producer(
            k,
            &[
                ("transactional.id", txn_id),
                ("transaction.timeout.ms", &txn_timeout_ms),
                // librdkafka refuses a delivery timeout longer than the transaction's.
                ("message.timeout.ms", &txn_timeout_ms),
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
