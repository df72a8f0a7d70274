//! What the fleet looks like from Kafka: robots seen recently in telemetry, and robot-state.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use rdkafka::consumer::Consumer;
use rdkafka::{Message, Offset, TopicPartitionList};

use crate::catalog::{names, topic};
use crate::error::Result;
use crate::model::fleet::{ControlTelemetry, RobotState};
use crate::registry::RegistryClient;
use crate::schemas::wire::Decoder;
use crate::settings::KafkaSettings;

/// Records read from the end of each partition when the broker cannot look offsets up by time.
const TAIL_PER_PARTITION: i64 = 5000;

/// The latest control telemetry of every robot that reported since `now - within`, in any value
/// format (framed records resolved through `registry`; what does not decode is passed over).
pub fn recent_robots(
    k: &KafkaSettings,
    prefix: &str,
    registry: Option<Arc<RegistryClient>>,
    within: Duration,
) -> Result<BTreeMap<String, ControlTelemetry>> {
    let decoder = Decoder::new(registry, names::TELEMETRY_CONTROL);
    let brokers = k.brokers.clone().unwrap_or_default();
    let t = topic(prefix, names::TELEMETRY_CONTROL);
    let c = super::super::kafka::client::reader(k)?;
    let parts = crate::kafka::client::partitions(c.client(), &t, k.timeout, &brokers)?;
    let since = crate::model::now_ms() - within.as_millis() as i64;
    let mut query = TopicPartitionList::new();
    for p in &parts {
        query
            .add_partition_offset(&t, *p, Offset::Offset(since))
            .map_err(anyhow::Error::from)?;
    }
    let starts = crate::kafka::client::while_transient(k.timeout, |left| {
        c.offsets_for_times(query.clone(), left)
    })
    .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let mut ends = BTreeMap::new();
    let mut assign = TopicPartitionList::new();
    for e in starts.elements() {
        let (lo, hi) =
            crate::kafka::client::watermarks(&c, &t, e.partition(), k.timeout, &brokers)?;
        // Brokers without time-based lookup (librdkafka's mock) answer "end": read a bounded
        // tail instead. Records are filtered by their own timestamps below either way.
        let start = match e.offset() {
            Offset::Offset(o) => o,
            _ => (hi - TAIL_PER_PARTITION).max(lo),
        };
        if start < hi {
            assign
                .add_partition_offset(&t, e.partition(), Offset::Offset(start))
                .map_err(anyhow::Error::from)?;
            ends.insert(e.partition(), hi);
        }
    }
    let mut out: BTreeMap<String, ControlTelemetry> = BTreeMap::new();
    if ends.is_empty() {
        return Ok(out);
    }
    c.assign(&assign).map_err(anyhow::Error::from)?;
    let deadline = std::time::Instant::now() + k.timeout.max(Duration::from_secs(10));
    while !ends.is_empty() && std::time::Instant::now() < deadline {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(200)) {
            if let Some(tel) = m
                .payload()
                .and_then(|p| decoder.decode::<ControlTelemetry>(p).ok())
            {
                if tel.ts_ms >= since {
                    let newer = out
                        .get(&tel.robot_id)
                        .is_none_or(|old| old.ts_ms <= tel.ts_ms);
                    if newer {
                        out.insert(tel.robot_id.clone(), tel);
                    }
                }
            }
            if ends
                .get(&m.partition())
                .is_some_and(|end| m.offset() + 1 >= *end)
            {
                ends.remove(&m.partition());
            }
        }
    }
    Ok(out)
}

/// The latest record of every robot on robot-state.
pub fn robot_states(k: &KafkaSettings, prefix: &str) -> Result<BTreeMap<String, RobotState>> {
    let mut out: BTreeMap<String, RobotState> = BTreeMap::new();
    crate::kafka::client::read_to_end(k, &topic(prefix, names::STATE), |_, _, key, value| {
        let Some(key) = key.map(|k| String::from_utf8_lossy(k).into_owned()) else {
            return;
        };
        match value.and_then(|v| serde_json::from_slice::<RobotState>(v).ok()) {
            Some(s) => {
                out.insert(key, s);
            }
            None => {
                out.remove(&key);
            }
        }
    })?;
    Ok(out)
}
