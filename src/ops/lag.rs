//! Consumer lag: committed offset against the log end, per partition of a group's topics.

use std::collections::BTreeMap;

use rdkafka::consumer::Consumer;
use rdkafka::{Offset, TopicPartitionList};
use serde::Serialize;

use crate::error::Result;
use crate::settings::KafkaSettings;

/// Lag of one group on one partition.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "lag")]
pub struct LagRow {
    /// Consumer group.
    pub group: String,
    /// Topic.
    pub topic: String,
    /// Partition.
    pub partition: i32,
    /// Next offset the group will read; none when it never committed on this partition.
    pub committed: Option<i64>,
    /// Log end offset (high watermark).
    pub log_end: i64,
    /// Records the group has yet to consume (from the log start when nothing is committed).
    pub lag: i64,
}

/// Log start and end per (topic, partition), fetched once and shared by every group.
pub type Marks = BTreeMap<(String, i32), (i64, i64)>;

/// Ids of the consumer groups whose id starts with `prefix` (all groups when it is empty).
pub fn fleet_groups(k: &KafkaSettings, prefix: &str) -> Result<Vec<String>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let c = crate::kafka::client::reader(k)?;
    let list = c
        .fetch_group_list(None, k.timeout)
        .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let mut out: Vec<String> = list
        .groups()
        .iter()
        .map(|g| g.name().to_string())
        .filter(|n| n.starts_with(prefix) && n != crate::kafka::client::READER_GROUP)
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

/// Log start and end of every partition of the topics whose name starts with `prefix`.
pub fn marks(k: &KafkaSettings, prefix: &str) -> Result<Marks> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let c = crate::kafka::client::reader(k)?;
    let md = crate::kafka::client::metadata(c.client(), None, k.timeout)
        .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let mut out = Marks::new();
    for t in md.topics() {
        // Internal topics are the broker's business, not the fleet's.
        if !t.name().starts_with(prefix) || t.name().starts_with("__") || t.error().is_some() {
            continue;
        }
        for p in t.partitions() {
            let m = crate::kafka::client::watermarks(&c, t.name(), p.id(), k.timeout, &brokers)?;
            out.insert((t.name().to_string(), p.id()), m);
        }
    }
    Ok(out)
}

/// Lag of `group` on every partition of the topics where it committed at least once.
pub fn group_lag(k: &KafkaSettings, group: &str, marks: &Marks) -> Result<Vec<LagRow>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    if marks.is_empty() {
        return Ok(Vec::new());
    }
    let c = super::group_reader(k, group)?;
    let mut tpl = TopicPartitionList::new();
    for (t, p) in marks.keys() {
        tpl.add_partition(t, *p);
    }
    let committed = crate::kafka::client::while_transient(k.timeout, |left| {
        c.committed_offsets(tpl.clone(), left)
    })
    .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let mut by_topic: BTreeMap<String, BTreeMap<i32, Option<i64>>> = BTreeMap::new();
    for e in committed.elements() {
        let off = match e.offset() {
            Offset::Offset(o) => Some(o),
            _ => None,
        };
        by_topic
            .entry(e.topic().to_string())
            .or_default()
            .insert(e.partition(), off);
    }
    let mut rows = Vec::new();
    for (topic, parts) in by_topic {
        if parts.values().all(Option::is_none) {
            continue;
        }
        for (partition, committed) in parts {
            let Some((lo, hi)) = marks.get(&(topic.clone(), partition)).copied() else {
                continue;
            };
            let lag = (hi - committed.unwrap_or(lo).max(lo)).max(0);
            rows.push(LagRow {
                group: group.to_string(),
                topic: topic.clone(),
                partition,
                committed,
                log_end: hi,
                lag,
            });
        }
    }
    Ok(rows)
}

/// The DLQ backlog: what `dlq replay` (group `replay_group`) has not handled yet, and before any
/// replay every entry; none when the DLQ topic is not among `marks`.
pub fn dlq_backlog(
    k: &KafkaSettings,
    prefix: &str,
    replay_group: &str,
    marks: &Marks,
) -> Result<Option<i64>> {
    let dlq = crate::catalog::topic(prefix, crate::catalog::names::DLQ);
    let dlq_marks: Marks = marks
        .iter()
        .filter(|((t, _), _)| *t == dlq)
        .map(|(key, m)| (key.clone(), *m))
        .collect();
    if dlq_marks.is_empty() {
        return Ok(None);
    }
    let replayed = group_lag(k, replay_group, &dlq_marks)?;
    Ok(Some(if replayed.is_empty() {
        dlq_marks.values().map(|(lo, hi)| hi - lo).sum()
    } else {
        replayed.iter().map(|r| r.lag).sum()
    }))
}
