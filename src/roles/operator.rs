//! `consume anomalies`: the operator service. Reads `anomalies`, opens one OPEN alert per new
//! anomaly on `operator_alerts` (deduplicated by anomaly_id, also across restarts) and hands
//! each anomaly to the caller for display. Offsets are committed after the alerts are acknowledged.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::message::BorrowedMessage;
use rdkafka::{Message, Offset, TopicPartitionList};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names};
use crate::error::{Error, Result};
use crate::kafka::client::KafkaProducer;
use crate::kafka::group::GroupContext;
use crate::model::anomaly::{Anomaly, AnomalyType, OperatorAlert, Severity};
use crate::otel::{attr, Kind};
use crate::settings::KafkaSettings;

use crate::kafka::pending::Pending;

/// Default consumer group of the operator service.
pub const GROUP: &str = "operator-service-group";

/// Where reading starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Start {
    /// The group's committed offsets (earliest when it has none).
    Committed,
    /// The beginning of every partition.
    Beginning,
    /// The first record at or after this time.
    Since(DateTime<Utc>),
}

/// Which anomalies are shown (every new anomaly still opens an alert).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Severities to show; all when empty.
    pub severities: Vec<Severity>,
    /// Types to show; all when empty.
    pub types: Vec<AnomalyType>,
    /// Vehicle ids to show; all when empty.
    pub vehicles: Vec<String>,
}

impl Filter {
    /// Whether the anomaly passes.
    pub fn matches(&self, a: &Anomaly) -> bool {
        (self.severities.is_empty() || self.severities.contains(&a.severity))
            && (self.types.is_empty() || self.types.contains(&a.anomaly_type))
            && (self.vehicles.is_empty() || self.vehicles.contains(&a.vehicle_id))
    }
}

/// How the service reads.
#[derive(Debug, Clone)]
pub struct ConsumeOptions {
    /// Consumer group id.
    pub group: String,
    /// Where to start.
    pub start: Start,
    /// Stop after showing this many anomalies.
    pub max: Option<u64>,
    /// Stop once the end of every partition (as of the start) is reached.
    pub exit_at_end: bool,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// What to show.
    pub filter: Filter,
    /// Open alerts for new anomalies (off: only watch).
    pub open_alerts: bool,
}

/// Counters reported when the service stops.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(tag = "type", rename = "consume_summary")]
pub struct ConsumeSummary {
    /// Records read.
    pub read: u64,
    /// Anomalies shown.
    pub shown: u64,
    /// Alerts opened.
    pub alerts_opened: u64,
    /// Anomalies that already had an alert.
    pub already_alerted: u64,
    /// Records that were not valid anomalies (skipped).
    pub malformed: u64,
    /// Stopped by Ctrl-C or SIGTERM.
    pub interrupted: bool,
}

/// What the consume loop keeps between records.
struct Service {
    /// Anomaly ids that already have an alert (read back from `operator_alerts` at start).
    known: HashSet<String>,
    /// Producer of the alerts.
    producer: KafkaProducer,
    /// Alerts sent but not yet acknowledged.
    pending: Pending,
    /// Next offset to read per partition, to tell when the end is reached.
    next: BTreeMap<i32, i64>,
    /// Next offset to commit per partition.
    consumed: BTreeMap<i32, i64>,
    /// Counters so far.
    summary: ConsumeSummary,
}

/// Runs until cancelled, `max` anomalies were shown, or (with `exit_at_end`) the end is reached.
/// `show` gets each matching anomaly with the alert it opened, if any.
pub async fn consume(
    k: &KafkaSettings,
    prefix: &str,
    opts: &ConsumeOptions,
    cancel: &CancellationToken,
    mut show: impl FnMut(&Anomaly, Option<&OperatorAlert>) -> Result<()>,
) -> Result<ConsumeSummary> {
    let topic = catalog::topic(prefix, names::ANOMALIES);
    let alerts_topic = catalog::topic(prefix, names::OPERATOR_ALERTS);
    let known: HashSet<String> = if opts.open_alerts {
        super::alerts::alert_records(k, prefix)?
            .into_iter()
            .map(|a| a.anomaly_id)
            .collect()
    } else {
        HashSet::new()
    };
    let Assigned {
        consumer,
        ends,
        next,
    } = assign(k, opts, &topic)?;
    let mut s = Service {
        known,
        producer: crate::kafka::client::producer(k, &[])?,
        pending: Pending::default(),
        next,
        consumed: BTreeMap::new(),
        summary: ConsumeSummary::default(),
    };
    let at_end = |next: &BTreeMap<i32, i64>| {
        ends.iter()
            .all(|(p, &high)| high == 0 || next.get(p).is_some_and(|&n| n >= high))
    };
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let started = tokio::time::Instant::now();
    loop {
        if opts.max.is_some_and(|m| s.summary.shown >= m)
            || (opts.exit_at_end && at_end(&s.next))
            || opts.duration.is_some_and(|d| started.elapsed() >= d)
        {
            break;
        }
        tokio::select! {
            _ = cancel.cancelled() => { s.summary.interrupted = true; break; }
            _ = tick.tick() => {
                commit(&consumer, &mut s.pending, &topic, &s.consumed, CommitMode::Async).await?;
            }
            m = consumer.recv() => match m {
                Ok(m) => s.on_record(&m, opts, &alerts_topic, &mut show).await?,
                Err(e) => {
                    // Transient broker trouble: librdkafka retries by itself.
                    tracing::warn!("consuming {topic}: {e}");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            },
        }
    }
    commit(
        &consumer,
        &mut s.pending,
        &topic,
        &s.consumed,
        CommitMode::Sync,
    )
    .await?;
    Ok(s.summary)
}

/// The consumer, assigned the anomalies topic at the start offsets.
struct Assigned {
    /// The consumer, assigned its partitions rather than subscribed (it still commits for the group).
    consumer: StreamConsumer<GroupContext>,
    /// Each partition's end as of the start, for --exit-at-end.
    ends: BTreeMap<i32, i64>,
    /// The offset each partition starts at.
    next: BTreeMap<i32, i64>,
}

/// Creates the consumer and assigns it the anomalies topic at the start offsets.
fn assign(k: &KafkaSettings, opts: &ConsumeOptions, topic: &str) -> Result<Assigned> {
    use super::detector::{ANOMALY_HEARTBEAT_MS, ANOMALY_SESSION_TIMEOUT_MS};
    // Assigned, not subscribed: no rebalance, so no static identity either.
    let member = crate::kafka::group::Member {
        group: &opts.group,
        instance: None,
    };
    let consumer = crate::kafka::group::consumer(
        k,
        member,
        &[
            ("enable.partition.eof", "false"),
            ("auto.offset.reset", "latest"),
            ("session.timeout.ms", ANOMALY_SESSION_TIMEOUT_MS),
            ("heartbeat.interval.ms", ANOMALY_HEARTBEAT_MS),
        ],
    )?;
    let brokers = k.brokers.clone().unwrap_or_default();
    let reader = crate::kafka::client::reader(k)?;
    let parts = crate::kafka::client::partitions(reader.client(), topic, k.timeout, &brokers)?;
    let mut ends: BTreeMap<i32, i64> = BTreeMap::new();
    for &p in &parts {
        let (_, high) = crate::kafka::client::watermarks(&consumer, topic, p, k.timeout, &brokers)?;
        ends.insert(p, high);
    }
    let tpl = start_offsets(&consumer, topic, &parts, opts.start, k.timeout)?;
    // Partitions that start at or past their end have nothing to read for --exit-at-end.
    let mut next: BTreeMap<i32, i64> = BTreeMap::new();
    for e in tpl.elements() {
        if let Offset::Offset(o) = e.offset() {
            next.insert(e.partition(), o);
        }
    }
    consumer
        .assign(&tpl)
        .map_err(|e| Error::Broker(format!("cannot read {topic}: {e}")))?;
    Ok(Assigned {
        consumer,
        ends,
        next,
    })
}

impl Service {
    /// Reads one record: opens an alert for a new anomaly and shows it if it matches; a
    /// malformed record is counted and skipped.
    async fn on_record(
        &mut self,
        m: &BorrowedMessage<'_>,
        opts: &ConsumeOptions,
        alerts_topic: &str,
        show: &mut impl FnMut(&Anomaly, Option<&OperatorAlert>) -> Result<()>,
    ) -> Result<()> {
        self.summary.read += 1;
        self.next.insert(m.partition(), m.offset() + 1);
        self.consumed.insert(m.partition(), m.offset() + 1);
        let anomaly = match m.payload().map(serde_json::from_slice::<Anomaly>) {
            Some(Ok(a)) => a,
            other => {
                self.summary.malformed += 1;
                let reason = match other {
                    Some(Err(e)) => e.to_string(),
                    _ => "empty payload".to_string(),
                };
                tracing::warn!(
                    partition = m.partition(),
                    offset = m.offset(),
                    "skipping malformed anomaly: {reason}"
                );
                return Ok(());
            }
        };
        let mut opened = None;
        if opts.open_alerts {
            if self.known.insert(anomaly.anomaly_id.clone()) {
                let alert = super::alerts::open_alert(&anomaly, Utc::now());
                let payload = serde_json::to_vec(&alert)?;
                let parent = crate::kafka::trace::extract(m);
                let span =
                    crate::otel::start("alert.open", Kind::Producer, parent.as_ref(), || {
                        vec![
                            attr("alert.id", alert.alert_id.clone()),
                            attr("anomaly.id", anomaly.anomaly_id.clone()),
                            attr("vehicle.id", anomaly.vehicle_id.clone()),
                        ]
                    });
                let headers = crate::kafka::trace::inject(span.as_ref(), None);
                self.pending
                    .send(
                        &self.producer,
                        alerts_topic,
                        &alert.alert_id,
                        &payload,
                        headers,
                    )
                    .await?;
                self.summary.alerts_opened += 1;
                opened = Some(alert);
            } else {
                self.summary.already_alerted += 1;
            }
        }
        if opts.filter.matches(&anomaly) {
            self.summary.shown += 1;
            show(&anomaly, opened.as_ref())?;
        }
        Ok(())
    }
}

fn start_offsets(
    consumer: &StreamConsumer<GroupContext>,
    topic: &str,
    parts: &[i32],
    start: Start,
    timeout: Duration,
) -> Result<TopicPartitionList> {
    let mut tpl = TopicPartitionList::new();
    let bad =
        |e: rdkafka::error::KafkaError| Error::Broker(format!("cannot position on {topic}: {e}"));
    for &p in parts {
        let o = match start {
            Start::Since(t) => Offset::Offset(t.timestamp_millis()),
            _ => Offset::Invalid,
        };
        tpl.add_partition_offset(topic, p, o).map_err(bad)?;
    }
    let mut resolved = match start {
        Start::Committed => consumer.committed_offsets(tpl, timeout).map_err(bad)?,
        Start::Since(_) => consumer.offsets_for_times(tpl, timeout).map_err(bad)?,
        Start::Beginning => tpl,
    };
    // Whatever has no concrete offset (no commit yet, nothing after --since) starts from a
    // watermark: the beginning, or the end for --since.
    let mut fixed = TopicPartitionList::new();
    for e in resolved.elements_for_topic(topic) {
        let o = match e.offset() {
            Offset::Offset(o) if o >= 0 => o,
            _ => {
                let (low, high) = crate::kafka::client::while_transient(timeout, |left| {
                    consumer.fetch_watermarks(topic, e.partition(), left)
                })
                .map_err(bad)?;
                if matches!(start, Start::Since(_)) {
                    high
                } else {
                    low
                }
            }
        };
        fixed
            .add_partition_offset(topic, e.partition(), Offset::Offset(o))
            .map_err(bad)?;
    }
    resolved = fixed;
    Ok(resolved)
}

async fn commit(
    consumer: &StreamConsumer<GroupContext>,
    pending: &mut Pending,
    topic: &str,
    consumed: &BTreeMap<i32, i64>,
    mode: CommitMode,
) -> Result<()> {
    pending.confirm().await?;
    if consumed.is_empty() {
        return Ok(());
    }
    let mut tpl = TopicPartitionList::new();
    for (&p, &o) in consumed {
        tpl.add_partition_offset(topic, p, Offset::Offset(o))
            .map_err(|e| Error::Other(e.into()))?;
    }
    if let Err(e) = consumer.commit(&tpl, mode) {
        tracing::warn!(
            "offset commit failed (anomalies will be re-read; alerts stay deduplicated): {e}"
        );
    }
    Ok(())
}
