//! Direct broker access for the anomaly tests: reading whole topics, producing a raw record, and
//! checking every record against its published JSON Schema.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Headers;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Message, Offset, TopicPartitionList};
use serde_json::Value;

use crate::support::{broker, repo_root};

/// One record as read back.
#[derive(Debug, Clone)]
pub struct Record {
    /// Partition it was read from.
    pub partition: i32,
    /// Record key as text.
    pub key: String,
    /// Payload as JSON (Null when it is not JSON).
    pub value: Value,
    /// Payload bytes.
    pub raw: Vec<u8>,
    /// Headers as text.
    pub headers: BTreeMap<String, String>,
}

/// Every record of a topic up to its current end, in partition then offset order.
pub fn read(topic: &str) -> Vec<Record> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", broker())
        .set("group.id", crate::support::unique("reader"))
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let md = c
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .unwrap();
    let parts: Vec<i32> = md.topics()[0].partitions().iter().map(|p| p.id()).collect();
    let mut tpl = TopicPartitionList::new();
    let mut want = 0i64;
    for &p in &parts {
        let (lo, hi) = c
            .fetch_watermarks(topic, p, Duration::from_secs(10))
            .unwrap();
        want += hi - lo;
        tpl.add_partition_offset(topic, p, Offset::Offset(lo))
            .unwrap();
    }
    let mut out: Vec<(i64, Record)> = Vec::new();
    if want == 0 {
        return Vec::new();
    }
    c.assign(&tpl).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = Vec::new();
    while (seen.len() as i64) < want && Instant::now() < deadline {
        if let Some(m) = c.poll(Duration::from_millis(200)) {
            let m = m.unwrap();
            seen.push((m.partition(), m.offset()));
            let raw = m.payload().unwrap_or_default().to_vec();
            let mut headers = BTreeMap::new();
            if let Some(h) = m.headers() {
                for hd in h.iter() {
                    headers.insert(
                        hd.key.to_string(),
                        String::from_utf8_lossy(hd.value.unwrap_or_default()).into_owned(),
                    );
                }
            }
            out.push((
                m.offset(),
                Record {
                    partition: m.partition(),
                    key: String::from_utf8_lossy(m.key().unwrap_or_default()).into_owned(),
                    value: serde_json::from_slice(&raw).unwrap_or(Value::Null),
                    raw,
                    headers,
                },
            ));
        }
    }
    assert_eq!(out.len() as i64, want, "read all of {topic}");
    out.sort_by_key(|(o, r)| (r.partition, *o));
    out.into_iter().map(|(_, r)| r).collect()
}

/// Produces one record as is (for malformed input).
pub fn produce_raw(topic: &str, key: &str, payload: &[u8]) {
    let p: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", broker())
        .create()
        .unwrap();
    p.send(BaseRecord::to(topic).key(key).payload(payload))
        .unwrap();
    p.flush(Duration::from_secs(10)).unwrap();
}

/// Asserts every record validates against docs/schemas/{schema}.json.
pub fn assert_schema(schema: &str, records: &[Record]) {
    let path = repo_root()
        .join("docs/schemas")
        .join(format!("{schema}.json"));
    let schema_json: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let v = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema_json)
        .unwrap();
    for r in records {
        let errors: Vec<String> = v.iter_errors(&r.value).map(|e| e.to_string()).collect();
        assert!(
            errors.is_empty(),
            "{schema} record does not match its schema: {errors:?}\n{}",
            r.value
        );
    }
}
