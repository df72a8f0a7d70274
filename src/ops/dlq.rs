//! Dead-letter entries as operators see them: headers parsed, the command decoded, filters.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::consumer::Consumer;
use rdkafka::message::{Headers, Message};
use rdkafka::{Offset, TopicPartitionList};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::kafka::client::KafkaReader;
use crate::kafka::dlq::h;
use crate::model::command::{Command, Target};

/// One record of the DLQ topic, owned.
#[derive(Debug, Clone)]
pub struct Entry {
    /// DLQ partition.
    pub partition: i32,
    /// DLQ offset.
    pub offset: i64,
    /// When it was dead-lettered (record timestamp), ms.
    pub timestamp_ms: Option<i64>,
    /// Record key (the robot id for commands).
    pub key: Option<Vec<u8>>,
    /// The original bytes.
    pub value: Option<Vec<u8>>,
    /// Every header, in order.
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

impl Entry {
    /// Copies a consumed message.
    pub fn from_message<M: Message>(m: &M) -> Self {
        let headers = m
            .headers()
            .map(|hs| {
                hs.iter()
                    .map(|x| (x.key.to_string(), x.value.map(<[u8]>::to_vec)))
                    .collect()
            })
            .unwrap_or_default();
        Entry {
            partition: m.partition(),
            offset: m.offset(),
            timestamp_ms: m.timestamp().to_millis(),
            key: m.key().map(<[u8]>::to_vec),
            value: m.payload().map(<[u8]>::to_vec),
            headers,
        }
    }

    /// A header as text (the last one of that name, should a writer have appended).
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.as_deref())
            .map(|v| String::from_utf8_lossy(v).into_owned())
    }

    /// The record key as text.
    pub fn key_text(&self) -> Option<String> {
        self.key
            .as_deref()
            .map(|k| String::from_utf8_lossy(k).into_owned())
    }

    /// Error class, `unknown` when the header is missing.
    pub fn error_class(&self) -> String {
        self.header(h::ERROR_CLASS)
            .unwrap_or_else(|| "unknown".into())
    }

    /// Times this entry was replayed before it came back.
    pub fn replays(&self) -> u32 {
        self.header(h::REPLAYS)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    /// The command in the original bytes, if they are an envelope (signature not checked).
    pub fn command(&self) -> Option<Command> {
        crate::signing::envelope::decode_unverified(self.value.as_deref()?)
    }

    /// What operators read: headers by name, the decoded command, the error.
    pub fn view(&self) -> EntryView {
        let num = |name: &str| self.header(name).and_then(|v| v.trim().parse::<i64>().ok());
        EntryView {
            partition: self.partition,
            offset: self.offset,
            timestamp: self.timestamp_ms.and_then(rfc3339),
            key: self.key_text(),
            original_topic: self.header(h::TOPIC),
            original_partition: num(h::PARTITION),
            original_offset: num(h::OFFSET),
            group: self.header(h::GROUP),
            stage: self.header(h::STAGE),
            error_class: self.error_class(),
            error_message: self.header(h::ERROR_MESSAGE),
            attempts: num(h::ATTEMPTS),
            replays: self.replays(),
            size: self.value.as_ref().map_or(0, Vec::len),
            command: self.command(),
            trace_id: self.trace_id(),
        }
    }

    /// The trace the entry belongs to (from its `traceparent`), to look it up in a trace backend.
    pub fn trace_id(&self) -> Option<String> {
        let tp = self.header("traceparent")?;
        let id = tp.split('-').nth(1)?;
        (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| id.to_string())
    }
}

/// A dead letter as printed by `dlq inspect`.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "dlq_entry")]
pub struct EntryView {
    /// DLQ partition.
    pub partition: i32,
    /// DLQ offset.
    pub offset: i64,
    /// When it was dead-lettered, RFC 3339.
    pub timestamp: Option<String>,
    /// Record key.
    pub key: Option<String>,
    /// Topic it was first read from.
    pub original_topic: Option<String>,
    /// Its partition there.
    pub original_partition: Option<i64>,
    /// Its offset there.
    pub original_offset: Option<i64>,
    /// Consumer group that gave up on it.
    pub group: Option<String>,
    /// Stage that failed.
    pub stage: Option<String>,
    /// Stable error class.
    pub error_class: String,
    /// Human-readable error.
    pub error_message: Option<String>,
    /// Attempts made.
    pub attempts: Option<i64>,
    /// Times replayed before.
    pub replays: u32,
    /// Size of the original bytes.
    pub size: usize,
    /// The decoded command, when the bytes are an envelope.
    pub command: Option<Command>,
    /// The trace it belongs to, when it carries a W3C `traceparent` (tracing was on).
    pub trace_id: Option<String>,
}

/// One bar of a histogram.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "dlq_histogram")]
pub struct Bucket {
    /// The value grouped on (an error class).
    pub key: String,
    /// Entries with it.
    pub count: u64,
}

/// Counts values (error classes), largest first.
pub fn histogram(values: impl IntoIterator<Item = String>) -> Vec<Bucket> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let mut out: Vec<Bucket> = counts
        .into_iter()
        .map(|(key, count)| Bucket { key, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    out
}

/// Formats epoch milliseconds as RFC 3339 (UTC, milliseconds).
pub fn rfc3339(ms: i64) -> Option<String> {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
}

/// Which entries are selected (`--max` is applied by the caller, who counts).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Earliest dead-letter time, ms.
    pub since_ms: Option<i64>,
    /// Latest dead-letter time, ms.
    pub until_ms: Option<i64>,
    /// Accepted error classes (empty: all).
    pub classes: Vec<String>,
    /// Accepted robots (empty: all).
    pub robots: Vec<String>,
    /// Most entries to select.
    pub max: Option<usize>,
}

impl Filter {
    /// Whether the entry is dead-lettered after `--until` (later entries of its partition are too).
    pub fn after_until(&self, e: &Entry) -> bool {
        matches!((self.until_ms, e.timestamp_ms), (Some(u), Some(t)) if t > u)
    }

    /// Whether the entry passes every filter.
    pub fn matches(&self, e: &Entry) -> bool {
        if let (Some(s), Some(t)) = (self.since_ms, e.timestamp_ms) {
            if t < s {
                return false;
            }
        }
        if self.after_until(e) {
            return false;
        }
        if !self.classes.is_empty() && !self.classes.contains(&e.error_class()) {
            return false;
        }
        if !self.robots.is_empty() {
            let key = e.key_text();
            let target = e.command().and_then(|c| match c.target {
                Target::Robot(id) => Some(id),
                _ => None,
            });
            let hit = |r: &String| key.as_ref() == Some(r) || target.as_ref() == Some(r);
            if !self.robots.iter().any(hit) {
                return false;
            }
        }
        true
    }
}

/// Parses `10m` (that long before `now_ms`) or an RFC 3339 timestamp into epoch ms.
pub fn parse_when(s: &str, now_ms: i64) -> Result<i64> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t.timestamp_millis());
    }
    let d = crate::model::time::parse_duration(s).map_err(|_| {
        Error::usage(format!(
            "`{s}` is neither a duration like 10m nor an RFC 3339 time like 2026-01-31T12:00:00Z"
        ))
    })?;
    Ok(now_ms - i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Reads the topic's partitions from given offsets up to the log ends seen when opened.
pub struct Cursor<'c> {
    /// The consumer the partitions are assigned to.
    consumer: &'c KafkaReader,
    /// End offset of each partition not yet read to its end.
    remaining: BTreeMap<i32, i64>,
    /// Longest wait for a record that should be there before giving up.
    deadline_idle: Duration,
}

/// Start and end offset of each partition to read.
pub type Ranges = BTreeMap<i32, (i64, i64)>;

/// Log start and end of every partition of `topic`.
pub fn watermarks(
    c: &KafkaReader,
    topic: &str,
    timeout: Duration,
    brokers: &str,
) -> Result<Ranges> {
    let mut out = BTreeMap::new();
    for p in crate::kafka::client::partitions(c.client(), topic, timeout, brokers)? {
        let marks = crate::kafka::client::watermarks(c, topic, p, timeout, brokers)?;
        out.insert(p, marks);
    }
    Ok(out)
}

impl<'c> Cursor<'c> {
    /// Assigns the partitions with data in `ranges` and positions them at their start.
    pub fn open(consumer: &'c KafkaReader, topic: &str, ranges: &Ranges) -> Result<Self> {
        let mut tpl = TopicPartitionList::new();
        let mut remaining = BTreeMap::new();
        for (p, (start, end)) in ranges {
            if end > start {
                tpl.add_partition_offset(topic, *p, Offset::Offset(*start))
                    .map_err(anyhow::Error::from)?;
                remaining.insert(*p, *end);
            }
        }
        consumer.assign(&tpl).map_err(anyhow::Error::from)?;
        Ok(Cursor {
            consumer,
            remaining,
            deadline_idle: Duration::from_secs(30),
        })
    }

    /// Stops reading one partition (its later entries are left for another run).
    pub fn close_partition(&mut self, partition: i32) {
        self.remaining.remove(&partition);
    }

    /// The next entry, or `None` once every partition reached its end.
    pub fn next_entry(&mut self) -> Result<Option<Entry>> {
        let mut idle_since = std::time::Instant::now();
        while !self.remaining.is_empty() {
            match self.consumer.poll(Duration::from_millis(100)) {
                Some(Ok(m)) => {
                    let Some(end) = self.remaining.get(&m.partition()).copied() else {
                        continue;
                    };
                    if m.offset() + 1 >= end {
                        self.remaining.remove(&m.partition());
                    }
                    if m.offset() >= end {
                        continue;
                    }
                    return Ok(Some(Entry::from_message(&m)));
                }
                Some(Err(e)) => tracing::warn!("reading the DLQ: {e}"),
                None => {
                    // Deleted or compacted offsets leave no record at the end: trust the position.
                    if let Ok(pos) = self.consumer.position() {
                        for e in pos.elements() {
                            if let (Offset::Offset(o), Some(end)) =
                                (e.offset(), self.remaining.get(&e.partition()))
                            {
                                if o >= *end {
                                    self.remaining.remove(&e.partition());
                                }
                            }
                        }
                    }
                    if idle_since.elapsed() > self.deadline_idle {
                        return Err(Error::Timeout(
                            "no DLQ record arrived for 30 s before the log end".into(),
                        ));
                    }
                    continue;
                }
            }
            idle_since = std::time::Instant::now();
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(class: &str, key: &str, ts: i64) -> Entry {
        Entry {
            partition: 0,
            offset: 0,
            timestamp_ms: Some(ts),
            key: Some(key.as_bytes().to_vec()),
            value: Some(b"{}".to_vec()),
            headers: vec![
                (h::ERROR_CLASS.into(), Some(class.as_bytes().to_vec())),
                (h::REPLAYS.into(), Some(b"2".to_vec())),
            ],
        }
    }

    #[test]
    fn filters_and_histogram() {
        let es = [
            entry("expired", "r1", 1_000),
            entry("malformed", "r2", 2_000),
            entry("expired", "r2", 3_000),
        ];
        let f = Filter {
            since_ms: Some(1_500),
            classes: vec!["expired".into()],
            ..Filter::default()
        };
        let hits: Vec<_> = es.iter().filter(|e| f.matches(e)).collect();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].timestamp_ms, Some(3_000));
        let f = Filter {
            robots: vec!["r2".into()],
            until_ms: Some(2_500),
            ..Filter::default()
        };
        assert_eq!(es.iter().filter(|e| f.matches(e)).count(), 1);
        let hist = histogram(es.iter().map(Entry::error_class));
        assert_eq!((hist[0].key.as_str(), hist[0].count), ("expired", 2));
        assert_eq!(es[0].replays(), 2);
    }

    #[test]
    fn when_parses_durations_and_timestamps() {
        assert_eq!(parse_when("10s", 100_000).ok(), Some(90_000));
        assert_eq!(parse_when("1970-01-01T00:00:01Z", 0).ok(), Some(1_000));
        assert!(parse_when("yesterday-ish", 0).is_err());
    }
}
