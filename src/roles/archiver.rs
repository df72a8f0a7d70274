//! `run archiver`: copies what the fleet's topics carry into PostgreSQL, exactly once. The
//! consumer is assigned every partition of the archived topics at the offsets stored in the
//! database (no group rebalances: one archiver per database); each batch's rows and the offsets
//! they move are committed in one database transaction (src/db/write.rs). A record that does not
//! decode goes to the DLQ and the archiver goes on; while the database is away it waits, retries
//! with backoff, and resumes from the stored offsets.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::message::BorrowedMessage;

use rdkafka::{Message, Offset, TopicPartitionList};
use serde::Serialize;
use tokio::time::Instant;
use tokio_postgres::Client;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names};
use crate::db::offsets::{self, Move, Tp};
use crate::db::rows::{Rows, Source};
use crate::db::write::Readings;
use crate::error::{Error, Result};
use crate::kafka::{client, dlq, group, pending::Pending};
use crate::registry::RegistryClient;
use crate::schemas::wire::TelemetryDecoders;
use crate::settings::KafkaSettings;

/// Consumer group the archiver commits its progress under, for `fleetctl lag` only: the
/// database's offsets are the ones it resumes from.
pub const GROUP: &str = "archiver";

/// How the archiver runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Topic prefix of the fleet.
    pub prefix: String,
    /// Group its progress is shown under in Kafka.
    pub group: String,
    /// The database URL.
    pub database_url: String,
    /// Every reading, or aggregates.
    pub readings: Readings,
    /// Most records in one transaction.
    pub batch: usize,
    /// Longest wait for a batch to fill once its first record arrived.
    pub linger: Duration,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Stop once no record came for this long.
    pub exit_when_idle: Option<Duration>,
    /// Where framed telemetry's schema ids are resolved (none: framed records are dead letters).
    pub registry: Option<Arc<RegistryClient>>,
}

/// Counters printed when the archiver stops.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(tag = "type", rename = "archiver_summary")]
pub struct ArchiverSummary {
    /// Archive schema version.
    pub schema_version: i32,
    /// Records read and archived (dead letters included).
    pub records: u64,
    /// Readings among them.
    pub readings: u64,
    /// Records that did not decode (sent to the DLQ).
    pub dead_lettered: u64,
    /// Transactions committed.
    pub batches: u64,
    /// Times the database went away and the archiver resumed from its stored offsets.
    pub reconnects: u64,
    /// Records archived per second of the run.
    pub records_per_s: f64,
    /// Stopped by Ctrl-C or SIGTERM.
    pub interrupted: bool,
}

/// The Kafka side of the archiver.
struct Io {
    /// Assigned every partition of the archived topics.
    consumer: StreamConsumer<group::GroupContext>,
    /// Producer of dead letters.
    producer: client::KafkaProducer,
    /// Full topic name → what it holds.
    sources: HashMap<String, Source>,
    /// Full name of the DLQ topic.
    dlq_topic: String,
    /// Group of the dead letters' headers and of the progress commits.
    group: String,
    /// Reads telemetry in any value format.
    telemetry: TelemetryDecoders,
}

/// One batch being filled.
#[derive(Default)]
struct Batch {
    /// Decoded rows.
    rows: Rows,
    /// The next offset per partition once this batch is archived.
    next: BTreeMap<Tp, i64>,
    /// Records in it.
    records: usize,
}

/// Runs until cancelled or a bound is reached.
pub async fn run(
    k: &KafkaSettings,
    opts: &Options,
    cancel: &CancellationToken,
) -> Result<ArchiverSummary> {
    let started = Instant::now();
    let mut summary = ArchiverSummary::default();
    let Some(mut db) = crate::db::connect_patiently(&opts.database_url, cancel).await? else {
        summary.interrupted = true;
        return Ok(summary);
    };
    summary.schema_version = crate::db::migrations::migrate(&mut db).await?.to_version;
    let io = Io::open(k, opts)?;
    let mut stored = positions(k, &io, &db).await?;
    io.assign(&stored)?;
    tracing::info!(partitions = stored.len(), "archiver assigned");
    let mut pending = Pending::default();
    let mut last_record = Instant::now();
    loop {
        let bound = opts.duration.is_some_and(|d| started.elapsed() >= d)
            || opts
                .exit_when_idle
                .is_some_and(|d| last_record.elapsed() >= d);
        if bound || cancel.is_cancelled() {
            summary.interrupted = cancel.is_cancelled() && !bound;
            break;
        }
        let batch = fill(&io, &mut pending, opts, &stored, cancel, &mut summary).await?;
        if batch.records == 0 {
            continue;
        }
        last_record = Instant::now();
        match commit(&mut db, &mut pending, opts, &batch, &stored).await {
            Ok(()) => {
                stored.extend(batch.next.clone());
                crate::fault::kill("archiver.after_commit");
                summary.batches += 1;
                summary.records += batch.records as u64;
                summary.readings += (batch.rows.control.len() + batch.rows.safety.len()) as u64;
                io.show_progress(&batch.next);
            }
            Err(e) if !db.is_closed() && !crate::db::is_transient(&e) => return Err(e),
            Err(e) => {
                tracing::warn!("{e}; waiting for the database");
                let Some(again) = crate::db::connect_patiently(&opts.database_url, cancel).await?
                else {
                    summary.interrupted = true;
                    break;
                };
                db = again;
                summary.reconnects += 1;
                // The outage is no idle time: what was read before it is read again.
                last_record = Instant::now();
                // Whether the lost COMMIT landed or not, the stored offsets say where to go on.
                stored = positions(k, &io, &db).await?;
                io.assign(&stored)?;
                tracing::info!("database back; resuming from the stored offsets");
            }
        }
    }
    summary.records_per_s = summary.records as f64 / started.elapsed().as_secs_f64().max(1e-3);
    Ok(summary)
}

/// The dead letters acknowledged, then the batch's transaction.
async fn commit(
    db: &mut Client,
    pending: &mut Pending,
    opts: &Options,
    batch: &Batch,
    stored: &BTreeMap<Tp, i64>,
) -> Result<()> {
    // A dead letter must be on its topic before the offset past its record is stored.
    pending.confirm().await?;
    let moves: Vec<Move> = batch
        .next
        .iter()
        .map(|(tp, &to)| Move {
            tp: tp.clone(),
            from: stored.get(tp).copied().unwrap_or(0),
            to,
        })
        .collect();
    crate::db::write::batch(db, &batch.rows, &moves, opts.readings).await
}

/// Reads records until the batch is full, `linger` passed since its first record, or there is
/// nothing to read for a moment (then it may be empty).
async fn fill(
    io: &Io,
    pending: &mut Pending,
    opts: &Options,
    stored: &BTreeMap<Tp, i64>,
    cancel: &CancellationToken,
    summary: &mut ArchiverSummary,
) -> Result<Batch> {
    let mut b = Batch::default();
    let idle = Duration::from_millis(200);
    let mut deadline = Instant::now() + idle;
    while b.records < opts.batch {
        let m = tokio::select! {
            _ = cancel.cancelled() => break,
            _ = tokio::time::sleep_until(deadline) => break,
            m = io.consumer.recv() => m,
        };
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!("consuming: {e}");
                continue;
            }
        };
        let tp = (m.topic().to_string(), m.partition());
        // After a re-assignment a fetched record below the stored position may still arrive.
        let next = b.next.get(&tp).or(stored.get(&tp)).copied().unwrap_or(0);
        if m.offset() < next {
            continue;
        }
        if b.records == 0 {
            deadline = Instant::now() + opts.linger;
        }
        b.records += 1;
        b.next.insert(tp, m.offset() + 1);
        if let Err(why) = io.add(&mut b.rows, pending, &m).await {
            summary.dead_lettered += 1;
            tracing::warn!(topic = m.topic(), offset = m.offset(), "to the DLQ: {why}");
        }
    }
    Ok(b)
}

/// The stored offset of every partition of the archived topics, giving new partitions the
/// start of what their topic holds.
async fn positions(k: &KafkaSettings, io: &Io, db: &Client) -> Result<BTreeMap<Tp, i64>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let topics: Vec<String> = io.sources.keys().cloned().collect();
    let known = offsets::load(db, &topics).await?;
    let mut starts = BTreeMap::new();
    for t in &topics {
        for p in client::partitions(io.consumer.client(), t, k.timeout, &brokers)? {
            let tp = (t.clone(), p);
            if !known.contains_key(&tp) {
                let (low, _) = io
                    .consumer
                    .fetch_watermarks(t, p, k.timeout)
                    .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
                starts.insert(tp, low);
            }
        }
    }
    offsets::init(db, &starts).await?;
    offsets::load(db, &topics).await
}

impl Io {
    fn open(k: &KafkaSettings, opts: &Options) -> Result<Io> {
        // A group only for the progress commits: the consumer is assigned, never subscribed.
        let member = group::Member {
            group: &opts.group,
            instance: None,
        };
        let consumer = group::consumer(
            k,
            member,
            &[
                ("enable.partition.eof", "false"),
                ("fetch.wait.max.ms", "100"),
                ("queued.max.messages.kbytes", "65536"),
            ],
        )?;
        let sources = Source::ALL
            .into_iter()
            .map(|s| (catalog::topic(&opts.prefix, s.base()), s))
            .collect();
        Ok(Io {
            consumer,
            producer: client::producer(k, &[])?,
            sources,
            dlq_topic: catalog::topic(&opts.prefix, names::DLQ),
            group: opts.group.clone(),
            telemetry: TelemetryDecoders::new(opts.registry.clone()),
        })
    }

    /// Assigns every partition at its stored offset (also after the database came back).
    fn assign(&self, stored: &BTreeMap<Tp, i64>) -> Result<()> {
        let mut tpl = TopicPartitionList::new();
        for ((t, p), o) in stored {
            tpl.add_partition_offset(t, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
        }
        self.consumer
            .assign(&tpl)
            .map_err(|e| Error::Broker(format!("cannot assign the archived topics: {e}")))
    }

    /// Decodes a record into `rows`; one that does not decode is sent to the DLQ.
    async fn add(
        &self,
        rows: &mut Rows,
        pending: &mut Pending,
        m: &BorrowedMessage<'_>,
    ) -> std::result::Result<(), String> {
        let Some(&source) = self.sources.get(m.topic()) else {
            return Ok(());
        };
        let Err(why) = rows.add((source, &self.telemetry), m) else {
            return Ok(());
        };
        let headers = dlq::headers(
            m,
            &dlq::Failure {
                group: &self.group,
                stage: "archive",
                class: why.class,
                message: why.message.clone(),
                attempts: 1,
            },
        );
        let why = why.message;
        let key = m
            .key()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .unwrap_or_default();
        let payload = m.payload().unwrap_or_default();
        pending
            .send(
                &self.producer,
                &self.dlq_topic,
                &key,
                payload,
                Some(headers),
            )
            .await
            .map_err(|e| format!("{why}; and the dead letter failed: {e}"))?;
        Err(why)
    }

    /// Commits the archive's progress to Kafka too, so that `fleetctl lag` shows it (best effort:
    /// the database's offsets are the ones that count).
    fn show_progress(&self, next: &BTreeMap<Tp, i64>) {
        let mut tpl = TopicPartitionList::new();
        for ((t, p), o) in next {
            let _ = tpl.add_partition_offset(t, *p, Offset::Offset(*o));
        }
        if let Err(e) = self.consumer.commit(&tpl, CommitMode::Async) {
            tracing::debug!("progress commit to Kafka failed (harmless): {e}");
        }
    }
}
