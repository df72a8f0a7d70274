//! `run anomaly-detector`: consumes `raw_telemetry` in a consumer group, runs the detector core,
//! writes anomalies (and malformed records to the DLQ) and commits offsets only once every
//! record those offsets cover has been evaluated and its output acknowledged (at-least-once).

pub mod core;
mod io;
pub mod rules;
#[cfg(test)]
mod tests;
pub mod wire;

use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;
use std::time::Duration;

use prometheus_client::metrics::counter::Counter;
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::message::BorrowedMessage;
use rdkafka::Message;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names};
use crate::error::{Error, Result};
use crate::model::anomaly::Anomaly;
use crate::schemas::wire::Decoder;
use crate::settings::KafkaSettings;

use self::core::{Config, Detector};
use self::io::{commit, dead_letter, now_ms, Io, MAX_TRACED_ROWS};
use crate::kafka::group::{self, GroupContext, Member};
use crate::kafka::pending::Pending;

/// Default consumer group of the detector.
pub const GROUP: &str = "anomaly-service-group";

/// How the service runs.
#[derive(Debug, Clone)]
pub struct DetectorOptions {
    /// Consumer group id.
    pub group: String,
    /// Static identity in the group, if any.
    pub instance: Option<String>,
    /// Detector core settings.
    pub config: Config,
    /// Stop after this long without a record (bounded runs in scripts and tests).
    pub idle_exit: Option<Duration>,
    /// Stop after this long (a bounded run ends like an idle exit, not as interrupted).
    pub duration: Option<Duration>,
    /// Most records between two commits.
    pub batch: usize,
    /// Resolves the schema ids of framed records (none: framed records are dead-lettered).
    pub registry: Option<std::sync::Arc<crate::registry::RegistryClient>>,
}

impl DetectorOptions {
    /// The detector in its group.
    fn member(&self) -> Member<'_> {
        Member {
            group: &self.group,
            instance: self.instance.as_deref(),
        }
    }
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

/// Group session timeout of the anomaly services (detector, operator service), the anomaly
/// pipeline design's: a member is given up on after 30 s without a heartbeat.
pub const ANOMALY_SESSION_TIMEOUT_MS: &str = "30000";
/// Heartbeat interval of the anomaly services, the same design's.
pub const ANOMALY_HEARTBEAT_MS: &str = "10000";

/// What the consume loop keeps between records and ticks.
struct Progress {
    /// The detector core.
    detector: Detector,
    /// Anomalies the core produced, not shipped yet.
    out: Vec<Anomaly>,
    /// Next offset to read per partition: what may be committed once nothing before it is pending.
    next: BTreeMap<i32, i64>,
    /// Records read since the last commit.
    since_commit: usize,
    /// When the last record arrived (or the group first gave us partitions).
    last_record: tokio::time::Instant,
    /// `robot_telemetry_processed_total`.
    processed: Counter,
    /// When the run started.
    started: tokio::time::Instant,
    /// Whether the group has given us partitions yet.
    assigned: bool,
    /// Reads framed records (schema ids resolved through the registry).
    decoder: Decoder,
}

/// Checks that raw_telemetry exists and subscribes the detector's consumer to it; returns the
/// consumer and the topic's full name.
fn subscribe(
    k: &KafkaSettings,
    prefix: &str,
    opts: &DetectorOptions,
) -> Result<(StreamConsumer<GroupContext>, String)> {
    let raw_topic = catalog::topic(prefix, names::RAW_TELEMETRY);
    let brokers = k.brokers.clone().unwrap_or_default();
    let reader = crate::kafka::client::reader(k)?;
    crate::kafka::client::partitions(reader.client(), &raw_topic, k.timeout, &brokers)?;
    let consumer = group::consumer(
        k,
        opts.member(),
        &[
            ("enable.partition.eof", "false"),
            ("session.timeout.ms", ANOMALY_SESSION_TIMEOUT_MS),
            ("heartbeat.interval.ms", ANOMALY_HEARTBEAT_MS),
        ],
    )?;
    consumer
        .subscribe(&[&raw_topic])
        .map_err(|e| Error::Broker(format!("cannot subscribe to {raw_topic}: {e}")))?;
    Ok((consumer, raw_topic))
}

/// Runs until cancelled (or idle for `idle_exit`), then flushes, confirms and commits.
pub async fn run(
    k: &KafkaSettings,
    prefix: &str,
    opts: &DetectorOptions,
    cancel: &CancellationToken,
) -> Result<DetectorSummary> {
    let (consumer, raw_topic) = subscribe(k, prefix, opts)?;
    let mut summary = DetectorSummary::default();
    let mut io = Io {
        producer: crate::kafka::client::producer(k, &[])?,
        pending: Pending::default(),
        anomalies_topic: catalog::topic(prefix, names::ANOMALIES),
        dlq_topic: catalog::topic(prefix, names::DLQ),
        summary: &mut summary,
        traces: HashMap::new(),
    };
    let mut p = Progress {
        detector: Detector::new(opts.config.clone()),
        out: Vec::new(),
        next: BTreeMap::new(),
        since_commit: 0,
        last_record: tokio::time::Instant::now(),
        processed: crate::metrics::global().telemetry_processed.clone(),
        started: tokio::time::Instant::now(),
        assigned: false,
        decoder: Decoder::new(opts.registry.clone(), names::RAW_TELEMETRY),
    };
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let mut interrupted = false;
    loop {
        tokio::select! {
            _ = cancel.cancelled() => { interrupted = true; break; }
            _ = tick.tick() => {
                if p.on_tick(&mut io, &consumer, opts, k.timeout, &raw_topic).await?.is_break() {
                    break;
                }
            }
            m = consumer.recv() => match m {
                Ok(m) => p.on_record(&mut io, &consumer, &m, opts, &raw_topic).await?,
                Err(e) => {
                    // librdkafka reports broker trouble here and keeps retrying by itself;
                    // stopping would lose the buffered frames for nothing.
                    group::received(e, opts.member(), &raw_topic)?;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            },
        }
    }
    // Clean stop: evaluate what waits for late frames, ship it, commit synchronously.
    p.detector.flush(now_ms(), &mut p.out);
    io.ship(&mut p.out).await?;
    commit(
        &consumer,
        &mut io,
        &p.detector,
        &p.next,
        &raw_topic,
        CommitMode::Sync,
    )
    .await?;
    let c = p.detector.counters();
    summary.duplicates = c.duplicates;
    summary.late_dropped = c.late;
    summary.interrupted = interrupted;
    Ok(summary)
}

impl Progress {
    /// Every 200 ms: stops once `duration` has passed, evaluates what timed out, ships it,
    /// commits what is settled, and stops once idle for `idle_exit`.
    async fn on_tick(
        &mut self,
        io: &mut Io<'_>,
        consumer: &StreamConsumer<GroupContext>,
        opts: &DetectorOptions,
        timeout: Duration,
        raw_topic: &str,
    ) -> Result<ControlFlow<()>> {
        if opts.duration.is_some_and(|d| self.started.elapsed() >= d) {
            return Ok(ControlFlow::Break(()));
        }
        self.detector.tick(now_ms(), &mut self.out);
        io.ship(&mut self.out).await?;
        if self.since_commit > 0 || !io.pending.is_empty() {
            let (detector, next) = (&self.detector, &self.next);
            commit(consumer, io, detector, next, raw_topic, CommitMode::Async).await?;
            self.since_commit = 0;
        }
        if let Some(idle) = opts.idle_exit {
            // The idle clock starts once the group has given us partitions: joining can
            // take longer than the idle time itself.
            if !self.assigned {
                self.assigned = consumer.assignment().is_ok_and(|a| a.count() > 0);
                if self.assigned {
                    self.last_record = tokio::time::Instant::now();
                } else if self.started.elapsed() < idle + timeout {
                    return Ok(ControlFlow::Continue(()));
                }
            }
            if self.last_record.elapsed() >= idle {
                return Ok(ControlFlow::Break(()));
            }
        }
        Ok(ControlFlow::Continue(()))
    }

    /// Runs one record through the detector (or to the DLQ when malformed) and commits after
    /// every `batch` records.
    async fn on_record(
        &mut self,
        io: &mut Io<'_>,
        consumer: &StreamConsumer<GroupContext>,
        m: &BorrowedMessage<'_>,
        opts: &DetectorOptions,
        raw_topic: &str,
    ) -> Result<()> {
        self.last_record = tokio::time::Instant::now();
        io.summary.consumed += 1;
        self.next.insert(m.partition(), m.offset() + 1);
        let source = Some((m.partition(), m.offset()));
        let json = match wire::as_json(&self.decoder, m.payload()) {
            Ok(json) => json,
            Err(reason) => {
                dead_letter(io, m, &opts.group, reason).await?;
                return self
                    .count_towards_commit(io, consumer, opts, raw_topic)
                    .await;
            }
        };
        match wire::parse(json.as_deref(), source) {
            Ok((vehicle, frame)) => {
                self.processed.inc();
                if let Some(cx) = crate::kafka::trace::extract(m) {
                    if io.traces.len() >= MAX_TRACED_ROWS {
                        io.traces.clear();
                    }
                    io.traces.insert(frame.event_id.clone(), cx);
                }
                self.detector
                    .process(&vehicle, frame, now_ms(), &mut self.out);
                io.ship(&mut self.out).await?;
            }
            Err(reason) => dead_letter(io, m, &opts.group, ("malformed", reason)).await?,
        }
        self.count_towards_commit(io, consumer, opts, raw_topic)
            .await
    }

    /// Counts a record and commits after every `batch` of them.
    async fn count_towards_commit(
        &mut self,
        io: &mut Io<'_>,
        consumer: &StreamConsumer<GroupContext>,
        opts: &DetectorOptions,
        raw_topic: &str,
    ) -> Result<()> {
        self.since_commit += 1;
        if self.since_commit >= opts.batch {
            let (detector, next) = (&self.detector, &self.next);
            commit(consumer, io, detector, next, raw_topic, CommitMode::Async).await?;
            self.since_commit = 0;
        }
        Ok(())
    }
}
