//! The detector's output side: anomalies and dead letters sent through one producer, and the
//! offset commits that wait for them.

use std::collections::{BTreeMap, HashMap};

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::message::BorrowedMessage;
use rdkafka::{Message, Offset, TopicPartitionList};

use super::core::Detector;
use super::DetectorSummary;
use crate::error::{Error, Result};
use crate::kafka::client::KafkaProducer;
use crate::kafka::dlq;
use crate::kafka::group::GroupContext;
use crate::kafka::pending::Pending;
use crate::model::anomaly::Anomaly;
use crate::otel::{attr, Kind};

/// Where the detector's records go, and what it counts on the way.
pub(super) struct Io<'a> {
    /// Idempotent producer for anomalies and dead letters.
    pub producer: KafkaProducer,
    /// Records sent but not yet acknowledged.
    pub pending: Pending,
    /// Full name of the anomalies topic.
    pub anomalies_topic: String,
    /// Full name of the DLQ topic.
    pub dlq_topic: String,
    /// Counters being updated.
    pub summary: &'a mut DetectorSummary,
    /// Trace contexts of sampled rows by event id, until the frame is released (an anomaly
    /// then continues that row's trace). Empty while tracing is off.
    pub traces: HashMap<String, crate::otel::SpanContext>,
}

/// Most row contexts kept waiting for their frame's release: beyond it they are dropped (the
/// anomalies of those rows then start traces of their own).
pub(super) const MAX_TRACED_ROWS: usize = 10_000;

impl Io<'_> {
    /// Sends the anomalies found, each under its row's trace when it was sampled.
    pub async fn ship(&mut self, anomalies: &mut Vec<Anomaly>) -> Result<()> {
        for a in anomalies.drain(..) {
            let payload = serde_json::to_vec(&a)?;
            let parent = self.traces.remove(&a.event_id);
            // An anomaly is kept whether or not its row was sampled (a root that is no telemetry).
            let span =
                crate::otel::start("anomaly.detect", Kind::Producer, parent.as_ref(), || {
                    vec![
                        attr("anomaly.id", a.anomaly_id.clone()),
                        attr("anomaly.type", a.anomaly_type.as_str()),
                        attr("vehicle.id", a.vehicle_id.clone()),
                    ]
                });
            let headers = crate::kafka::trace::inject(span.as_ref(), None);
            tracing::info!(vehicle = %a.vehicle_id, kind = a.anomaly_type.as_str(), severity = a.severity.as_str(), "anomaly");
            self.pending
                .send(
                    &self.producer,
                    &self.anomalies_topic,
                    &a.vehicle_id,
                    &payload,
                    headers,
                )
                .await?;
            self.summary.anomalies += 1;
        }
        Ok(())
    }
}

/// Sends a malformed raw_telemetry record to the DLQ.
pub(super) async fn dead_letter(
    io: &mut Io<'_>,
    m: &BorrowedMessage<'_>,
    group: &str,
    (class, reason): (&'static str, String),
) -> Result<()> {
    io.summary.malformed += 1;
    tracing::warn!(partition = m.partition(), offset = m.offset(), %reason, "malformed raw_telemetry record sent to the DLQ");
    // The same dead-letter headers as every role's, so `dlq replay` can route it.
    let failure = dlq::Failure {
        group,
        stage: "decode",
        class,
        message: reason.clone(),
        attempts: 1,
    };
    let headers = dlq::headers(m, &failure);
    let key = m
        .key()
        .map(|k| String::from_utf8_lossy(k).into_owned())
        .unwrap_or_default();
    let dlq = io.dlq_topic.clone();
    io.pending
        .send(
            &io.producer,
            &dlq,
            &key,
            m.payload().unwrap_or_default(),
            Some(headers),
        )
        .await?;
    crate::metrics::global().dlq_entries.inc();
    Ok(())
}

pub(super) fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Waits for every produced record, then commits per partition the lowest offset still needed.
pub(super) async fn commit(
    consumer: &StreamConsumer<GroupContext>,
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
