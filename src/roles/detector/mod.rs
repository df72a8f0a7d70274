//! `run anomaly-detector`: consumes `raw_telemetry` in a consumer group, runs the detector core,
//! writes anomalies (and malformed records to the DLQ) and commits offsets only once every
//! record those offsets cover has been evaluated and its output acknowledged (at-least-once).

pub mod core;
pub mod rules;
#[cfg(test)]
mod tests;
pub mod wire;

use std::collections::BTreeMap;
use std::time::Duration;

use crate::kafka::dlq;
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::producer::FutureProducer;
use rdkafka::{Message, Offset, TopicPartitionList};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names};
use crate::error::{Error, Result};
use crate::model::anomaly::Anomaly;
use crate::settings::KafkaSettings;

use self::core::{Config, Detector};
use crate::kafka::pending::Pending;

/// Default consumer group of the detector.
pub const GROUP: &str = "anomaly-service-group";

/// How the service runs.
#[derive(Debug, Clone)]
pub struct DetectorOptions {
    /// Consumer group id.
    pub group: String,
    /// Detector core settings.
    pub config: Config,
    /// Stop after this long without a record (bounded runs in scripts and tests).
    pub idle_exit: Option<Duration>,
    /// Stop after this long (a bounded run ends like an idle exit, not as interrupted).
    pub duration: Option<Duration>,
    /// Most records between two commits.
    pub batch: usize,
}

/// Counters printed when the service stops.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(tag = "type", rename = "detector_summary")]
pub struct DetectorSummary {
    /// Records read.
    pub consumed: u64,
    /// Records that were not valid raw_telemetry (sent to the DLQ).
    pub malformed: u64,
    /// Duplicate (vehicle_id, event_id) pairs dropped.
    pub duplicates: u64,
    /// Frames too late to reorder, dropped.
    pub late_dropped: u64,
    /// Anomalies written.
    pub anomalies: u64,
    /// Stopped by Ctrl-C or SIGTERM.
    pub interrupted: bool,
}

struct Io<'a> {
    /// Idempotent producer for anomalies and dead letters.
    producer: FutureProducer,
    /// Records sent but not yet acknowledged.
    pending: Pending,
    /// Full name of the anomalies topic.
    anomalies_topic: String,
    /// Full name of the DLQ topic.
    dlq_topic: String,
    /// Counters being updated.
    summary: &'a mut DetectorSummary,
}

impl Io<'_> {
    async fn ship(&mut self, anomalies: &mut Vec<Anomaly>) -> Result<()> {
        for a in anomalies.drain(..) {
            let payload = serde_json::to_vec(&a)?;
            tracing::info!(vehicle = %a.vehicle_id, kind = a.anomaly_type.as_str(), severity = a.severity.as_str(), "anomaly");
            self.pending
                .send(
                    &self.producer,
                    &self.anomalies_topic,
                    &a.vehicle_id,
                    &payload,
                    None,
                )
                .await?;
            self.summary.anomalies += 1;
        }
        Ok(())
    }
}

/// Group session timeout of the anomaly services (detector, operator service), the anomaly
/// pipeline design's: a member is given up on after 30 s without a heartbeat.
pub const ANOMALY_SESSION_TIMEOUT_MS: &str = "30000";
/// Heartbeat interval of the anomaly services, the same design's.
pub const ANOMALY_HEARTBEAT_MS: &str = "10000";

/// Runs until cancelled (or idle for `idle_exit`), then flushes, confirms and commits.
pub async fn run(
    k: &KafkaSettings,
    prefix: &str,
    opts: &DetectorOptions,
    cancel: &CancellationToken,
) -> Result<DetectorSummary> {
    let raw_topic = catalog::topic(prefix, names::RAW_TELEMETRY);
    let brokers = k.brokers.clone().unwrap_or_default();
    let reader = crate::kafka::client::reader(k)?;
    crate::kafka::client::partitions(reader.client(), &raw_topic, k.timeout, &brokers)?;
    let consumer: StreamConsumer = crate::kafka::client::consumer(
        k,
        &opts.group,
        &[
            ("enable.partition.eof", "false"),
            ("session.timeout.ms", ANOMALY_SESSION_TIMEOUT_MS),
            ("heartbeat.interval.ms", ANOMALY_HEARTBEAT_MS),
        ],
    )?;
    consumer
        .subscribe(&[&raw_topic])
        .map_err(|e| Error::Broker(format!("cannot subscribe to {raw_topic}: {e}")))?;
    let mut summary = DetectorSummary::default();
    let mut io = Io {
        producer: crate::kafka::client::producer(k, &[])?,
        pending: Pending::default(),
        anomalies_topic: catalog::topic(prefix, names::ANOMALIES),
        dlq_topic: catalog::topic(prefix, names::DLQ),
        summary: &mut summary,
    };
    let mut detector = Detector::new(opts.config.clone());
    let mut out = Vec::new();
    // Next offset to read per partition: what may be committed once nothing before it is pending.
    let mut next: BTreeMap<i32, i64> = BTreeMap::new();
    let mut since_commit = 0usize;
    let mut last_record = tokio::time::Instant::now();
    let processed = crate::metrics::global().telemetry_processed.clone();
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let mut interrupted = false;
    let started = tokio::time::Instant::now();
    let mut assigned = false;
    loop {
        tokio::select! {
            _ = cancel.cancelled() => { interrupted = true; break; }
            _ = tick.tick() => {
                if opts.duration.is_some_and(|d| started.elapsed() >= d) {
                    break;
                }
                detector.tick(now_ms(), &mut out);
                io.ship(&mut out).await?;
                if since_commit > 0 || !io.pending.is_empty() {
                    commit(&consumer, &mut io, &detector, &next, &raw_topic, CommitMode::Async).await?;
                    since_commit = 0;
                }
                if let Some(idle) = opts.idle_exit {
                    // The idle clock starts once the group has given us partitions: joining can
                    // take longer than the idle time itself.
                    if !assigned {
                        assigned = consumer.assignment().is_ok_and(|a| a.count() > 0);
                        if assigned {
                            last_record = tokio::time::Instant::now();
                        } else if started.elapsed() < idle + k.timeout {
                            continue;
                        }
                    }
                    if last_record.elapsed() >= idle {
                        break;
                    }
                }
            }
            m = consumer.recv() => {
                let m = match m {
                    Ok(m) => m,
                    Err(e) => {
                        // librdkafka reports broker trouble here and keeps retrying by itself;
                        // stopping would lose the buffered frames for nothing.
                        tracing::warn!("consuming {raw_topic}: {e}");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        continue;
                    }
                };
                last_record = tokio::time::Instant::now();
                io.summary.consumed += 1;
                next.insert(m.partition(), m.offset() + 1);
                let source = Some((m.partition(), m.offset()));
                match wire::parse(m.payload(), source) {
                    Ok((vehicle, frame)) => {
                        processed.inc();
                        detector.process(&vehicle, frame, now_ms(), &mut out);
                        io.ship(&mut out).await?;
                    }
                    Err(reason) => {
                        io.summary.malformed += 1;
                        tracing::warn!(partition = m.partition(), offset = m.offset(), %reason, "malformed raw_telemetry record sent to the DLQ");
                        // The same dead-letter headers as every role's, so `dlq replay` can route it.
                        let failure = dlq::Failure { group: &opts.group, stage: "decode", class: "malformed", message: reason.clone(), attempts: 1 };
                        let headers = dlq::headers(&m, &failure);
                        let key = m.key().map(|k| String::from_utf8_lossy(k).into_owned()).unwrap_or_default();
                        let dlq = io.dlq_topic.clone();
                        io.pending.send(&io.producer, &dlq, &key, m.payload().unwrap_or_default(), Some(headers)).await?;
                        crate::metrics::global().dlq_entries.inc();
                    }
                }
                since_commit += 1;
                if since_commit >= opts.batch {
                    commit(&consumer, &mut io, &detector, &next, &raw_topic, CommitMode::Async).await?;
                    since_commit = 0;
                }
            }
        }
    }
    // Clean stop: evaluate what waits for late frames, ship it, commit synchronously.
    detector.flush(now_ms(), &mut out);
    io.ship(&mut out).await?;
    commit(
        &consumer,
        &mut io,
        &detector,
        &next,
        &raw_topic,
        CommitMode::Sync,
    )
    .await?;
    let c = detector.counters();
    summary.duplicates = c.duplicates;
    summary.late_dropped = c.late;
    summary.interrupted = interrupted;
    Ok(summary)
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Waits for every produced record, then commits per partition the lowest offset still needed.
async fn commit(
    consumer: &StreamConsumer,
    io: &mut Io<'_>,
    detector: &Detector,
    next: &BTreeMap<i32, i64>,
    topic: &str,
    mode: CommitMode,
) -> Result<()> {
    io.pending.confirm().await?;
    let mut upto = next.clone();
    for (p, offset) in detector.pending_sources() {
        if let Some(o) = upto.get_mut(&p) {
            *o = (*o).min(offset);
        }
    }
    if upto.is_empty() {
        return Ok(());
    }
    let mut tpl = TopicPartitionList::new();
    for (p, o) in upto {
        tpl.add_partition_offset(topic, p, Offset::Offset(o))
            .map_err(|e| Error::Other(e.into()))?;
    }
    if let Err(e) = consumer.commit(&tpl, mode) {
        // A rebalance can take partitions away between reading and committing; the next owner
        // re-reads from the last commit, which at-least-once allows.
        tracing::warn!("offset commit failed (records will be re-read): {e}");
    }
    Ok(())
}
