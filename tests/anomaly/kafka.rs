//! Direct broker access for the anomaly tests: reading whole topics, producing a raw record, and
//! checking every record against its published JSON Schema.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
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

/// Every record of a topic up to its current end, in partition then offset order, in the shape
/// the anomaly tests check (read by `support::kafka::read_topic`).
pub fn read(topic: &str) -> Vec<Record> {
    crate::support::kafka::read_topic(&crate::support::kafka::settings(), topic)
        .into_iter()
        .map(|r| Record {
            partition: r.partition,
            key: r.key_str().to_string(),
            value: r.json(),
            raw: r.value.clone().unwrap_or_default(),
            headers: r.headers.into_iter().collect(),
        })
        .collect()
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
