//! The consume → decide → produce → commit loop of the deciding roles (control center, safety).
//!
//! Records are read in small batches from a consumer group; every record a decision produces is
//! awaited until the broker acknowledges it, and only then are the batch's offsets committed.
//! A crash therefore repeats decisions at worst, and never loses one.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::message::{BorrowedMessage, OwnedHeaders};
use rdkafka::producer::FutureRecord;
use rdkafka::{Message, Offset, TopicPartitionList};
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::error::{Error, Result};
use crate::kafka::client::KafkaProducer;
use crate::kafka::dlq;
use crate::kafka::group::{self, GroupContext, Member};
use crate::model::command::{Command, Target};
use crate::otel::{attr, Attrs, Kind, SpanContext};
use crate::schemas::wire::Decoder;
use crate::settings::KafkaSettings;

/// Most records decided in one batch.
const MAX_BATCH: usize = 500;
/// How long a batch collects records after its first one.
const BATCH_WINDOW: Duration = Duration::from_millis(50);
/// How often `Decide::tick` runs.
const TICK: Duration = Duration::from_secs(1);
/// Tries to deliver one record before the role gives up without committing.
const ATTEMPTS: u32 = 3;

/// A record a decision wants produced.
#[derive(Debug)]
pub struct Outgoing {
    /// Full topic name.
    pub topic: String,
    /// Record key.
    pub key: Option<Vec<u8>>,
    /// Record value.
    pub value: Option<Vec<u8>>,
    /// Headers (dead letters carry the reason here, traced records their trace context).
    pub headers: Option<OwnedHeaders>,
    /// Whether this is a dead letter (counted in `robot_dlq_entries_total` once delivered).
    pub dead_letter: bool,
}

impl Outgoing {
    /// A keyed record.
    pub fn new(topic: &str, key: &str, value: Vec<u8>) -> Self {
        Outgoing {
            topic: topic.to_string(),
            key: Some(key.as_bytes().to_vec()),
            value: Some(value),
            headers: None,
            dead_letter: false,
        }
    }

    /// This record written under a new span `name`, child of `parent` (the context of the
    /// record that caused it) or the root of a new trace; the span's context goes into the
    /// record's headers. Unchanged when tracing is off.
    pub fn traced(
        mut self,
        name: &'static str,
        parent: Option<&SpanContext>,
        attrs: impl FnOnce() -> Attrs,
    ) -> Self {
        let span = crate::otel::start(name, Kind::Producer, parent, attrs);
        self.headers = crate::kafka::trace::inject(span.as_ref(), self.headers.take());
        self
    }

    /// The dead letter of `m`: its bytes untouched, why in the headers.
    pub fn dead_letter(dlq_topic: &str, m: &BorrowedMessage<'_>, f: &dlq::Failure<'_>) -> Self {
        tracing::warn!(
            "{} [{}] offset {}: {} ({})",
            m.topic(),
            m.partition(),
            m.offset(),
            f.message,
            f.class
        );
        Outgoing {
            topic: dlq_topic.to_string(),
            key: m.key().map(<[u8]>::to_vec),
            value: m.payload().map(<[u8]>::to_vec),
            headers: Some(dlq::headers(m, f)),
            dead_letter: true,
        }
    }
}

/// Decodes a record (plain JSON or framed, see `schemas::wire`) that must be keyed by the robot
/// id it carries (`id`). A record that is not one becomes a dead letter on `out` (for `group`,
/// at stage `decode`, its class `malformed`, `unknown_schema`, `schema_lookup_failed` or
/// `wrong_key`) and `None`.
pub fn decode_keyed<T: serde::de::DeserializeOwned>(
    m: &BorrowedMessage<'_>,
    (decoder, what): (&Decoder, &str),
    id: fn(&T) -> &str,
    (dlq_topic, group): (&str, &str),
    out: &mut Vec<Outgoing>,
) -> Option<T> {
    let key = m.key().map(String::from_utf8_lossy).unwrap_or_default();
    let (class, message) = match m.payload().map(|v| decoder.decode::<T>(v)) {
        Some(Ok(t)) if id(&t) == key => return Some(t),
        None => ("tombstone", format!("a {what} record without a value")),
        Some(Err(e)) => (e.class, format!("not {what}: {}", e.message)),
        Some(Ok(t)) => (
            "wrong_key",
            format!("{what} of {} under key `{key}`", id(&t)),
        ),
    };
    let f = dlq::Failure {
        group,
        stage: "decode",
        class,
        message,
        attempts: 1,
    };
    out.push(Outgoing::dead_letter(dlq_topic, m, &f));
    None
}

/// The attributes of a command's span: what a trace backend is asked about.
pub fn command_attrs(c: &Command) -> Attrs {
    let mut attrs = vec![
        attr("command.id", c.command_id.to_string()),
        attr("command.action", c.action.name()),
        attr("command.target", c.target.to_string()),
        attr("command.dry_run", c.dry_run),
    ];
    if let Target::Robot(id) = &c.target {
        attrs.push(attr("robot.id", id.clone()));
    }
    attrs
}

/// A role that turns each consumed record into records to produce.
pub trait Decide {
    /// Decides on one record, pushing what to produce onto `out`.
    fn decide(&mut self, m: &BorrowedMessage<'_>, out: &mut Vec<Outgoing>);

    /// Called every `TICK` between batches, records or not (for gauges that must move while
    /// nothing arrives).
    fn tick(&mut self) {}
}

/// Counters of the loop itself.
#[derive(Debug, Default)]
pub struct LoopStats {
    /// Records consumed.
    pub consumed: AtomicU64,
    /// Records produced and acknowledged.
    pub produced: AtomicU64,
    /// Batches committed.
    pub commits: AtomicU64,
}

/// Where and how long to consume.
#[derive(Debug, Clone)]
pub struct LoopOptions {
    /// The role, for `robot_processing_seconds{role}`.
    pub role: &'static str,
    /// Full topic name.
    pub topic: String,
    /// Consumer group.
    pub group: String,
    /// Static identity in the group, if any.
    pub instance: Option<String>,
    /// Stop after this long.
    pub duration: Option<Duration>,
}

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The duration ran out.
    Duration,
    /// Cancelled (Ctrl-C, SIGTERM, or the caller).
    Cancelled,
}

/// Runs the loop until the duration ends or `cancel` fires; the last batch is finished first. A
/// member fenced by its group joins again (see `group::Fences`).
pub async fn run(
    k: &KafkaSettings,
    opts: &LoopOptions,
    decider: &mut impl Decide,
    stats: &LoopStats,
    cancel: &CancellationToken,
) -> Result<Ended> {
    let mut fences = group::Fences::default();
    loop {
        let outcome = run_member(k, opts, decider, stats, cancel).await;
        if !fences.rejoin(&outcome) {
            return outcome;
        }
    }
}

/// One membership of the group: the loop with a consumer of its own.
async fn run_member(
    k: &KafkaSettings,
    opts: &LoopOptions,
    decider: &mut impl Decide,
    stats: &LoopStats,
    cancel: &CancellationToken,
) -> Result<Ended> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let probe = crate::kafka::client::reader(k)?;
    crate::kafka::client::partitions(probe.client(), &opts.topic, k.timeout, &brokers)?;
    drop(probe);
    let member = Member {
        group: &opts.group,
        instance: opts.instance.as_deref(),
    };
    let consumer = group::consumer(k, member, group::FAST_FAILOVER)?;
    consumer
        .subscribe(&[opts.topic.as_str()])
        .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let producer = crate::kafka::client::producer(k, &[])?;
    let deadline = opts.duration.map(|d| Instant::now() + d);
    let until_deadline = async move {
        match deadline {
            Some(d) => tokio::time::sleep_until(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(until_deadline);
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut out = Vec::new();
    loop {
        let first = tokio::select! {
            biased;
            _ = cancel.cancelled() => return Ok(Ended::Cancelled),
            _ = &mut until_deadline => return Ok(Ended::Duration),
            _ = tick.tick() => {
                decider.tick();
                continue;
            }
            m = consumer.recv() => m,
        };
        let started = Instant::now();
        let mut offsets: HashMap<(String, i32), i64> = HashMap::new();
        let mut take = |m: rdkafka::error::KafkaResult<BorrowedMessage<'_>>,
                        out: &mut Vec<Outgoing>| match m {
            Ok(m) => {
                stats.consumed.fetch_add(1, Relaxed);
                decider.decide(&m, out);
                offsets.insert((m.topic().to_string(), m.partition()), m.offset() + 1);
                Ok(())
            }
            Err(e) => group::received(e, member, &opts.topic),
        };
        take(first, &mut out)?;
        let window = Instant::now() + BATCH_WINDOW;
        for _ in 1..MAX_BATCH {
            match tokio::time::timeout_at(window, consumer.recv()).await {
                Ok(m) => take(m, &mut out)?,
                Err(_) => break,
            }
        }
        deliver(&producer, std::mem::take(&mut out), stats).await?;
        commit(&consumer, &offsets);
        stats.commits.fetch_add(1, Relaxed);
        let took = started.elapsed().as_secs_f64();
        crate::metrics::global().roles.processed(opts.role, took);
    }
}

/// Produces every record and waits for the broker's acknowledgement of each, retrying failures.
pub async fn deliver(
    producer: &KafkaProducer,
    records: Vec<Outgoing>,
    stats: &LoopStats,
) -> Result<()> {
    let mut pending = Vec::with_capacity(records.len());
    let dead = records.iter().filter(|r| r.dead_letter).count() as u64;
    for r in records {
        let f = enqueue(producer, &r).await?;
        pending.push((r, f, 1u32));
    }
    while let Some((r, f, attempt)) = pending.pop() {
        let report = f.await;
        if let Ok(Err((e, _))) = &report {
            crate::kafka::stats::producer_failed(e);
        }
        match report {
            Ok(Ok(_)) => {
                stats.produced.fetch_add(1, Relaxed);
            }
            Ok(Err((e, _)))
                if crate::kafka::denied_by(&e, "Write", "topic", &r.topic).is_some() =>
            {
                return Err(crate::kafka::denied_by(&e, "Write", "topic", &r.topic)
                    .unwrap_or_else(|| Error::Refused(e.to_string())));
            }
            Ok(Err((e, _))) if attempt < ATTEMPTS => {
                tracing::warn!("delivery to {} failed ({e}); retrying", r.topic);
                let f = enqueue(producer, &r).await?;
                pending.push((r, f, attempt + 1));
            }
            Ok(Err((e, _))) => {
                return Err(Error::Broker(format!(
                    "cannot deliver to {} after {ATTEMPTS} tries: {e}",
                    r.topic
                )))
            }
            Err(_) => {
                return Err(Error::Broker(format!(
                    "the producer for {} went away",
                    r.topic
                )))
            }
        }
    }
    if dead > 0 {
        crate::metrics::global().dlq_entries.inc_by(dead);
    }
    Ok(())
}

async fn enqueue(
    producer: &KafkaProducer,
    r: &Outgoing,
) -> Result<rdkafka::producer::DeliveryFuture> {
    let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(&r.topic);
    if let Some(k) = &r.key {
        rec = rec.key(k.as_slice());
    }
    if let Some(v) = &r.value {
        rec = rec.payload(v.as_slice());
    }
    if let Some(h) = &r.headers {
        rec = rec.headers(h.clone());
    }
    crate::kafka::queue::enqueue(producer, rec)
        .await
        .map_err(|e| {
            crate::kafka::denied_by(&e, "Write", "topic", &r.topic)
                .unwrap_or_else(|| Error::Broker(format!("cannot produce to {}: {e}", r.topic)))
        })
}

fn commit(consumer: &StreamConsumer<GroupContext>, offsets: &HashMap<(String, i32), i64>) {
    if offsets.is_empty() {
        return;
    }
    let mut tpl = TopicPartitionList::new();
    for ((t, p), o) in offsets {
        if let Err(e) = tpl.add_partition_offset(t, *p, Offset::Offset(*o)) {
            tracing::warn!("offset {o} of {t} [{p}]: {e}");
        }
    }
    // A commit lost to a rebalance only means the new owner decides those records again.
    if let Err(e) = consumer.commit(&tpl, CommitMode::Sync) {
        tracing::warn!("committing offsets: {e}");
    }
}
