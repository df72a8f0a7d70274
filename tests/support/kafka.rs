//! Kafka access for tests through the library: produce raw records, read whole topics.

#![allow(dead_code)]

use std::time::Duration;

use fleetctl::settings::KafkaSettings;
use rdkafka::message::Headers;
use rdkafka::producer::FutureRecord;
use rdkafka::Message;

use super::{broker, World};

/// Connection settings for the test broker.
pub fn settings() -> KafkaSettings {
    KafkaSettings {
        brokers: Some(broker()),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    }
}

/// A record as read back.
#[derive(Debug, Clone)]
pub struct Rec {
    /// Partition it was read from.
    pub partition: i32,
    /// Its offset.
    pub offset: i64,
    /// Key as text (None for a record without a key).
    pub key: Option<String>,
    /// Value bytes (None for a tombstone).
    pub value: Option<Vec<u8>>,
    /// Headers as (name, value-as-text) pairs, in record order.
    pub headers: Vec<(String, String)>,
}

impl Rec {
    /// The value as JSON (Null when it is not JSON or absent).
    pub fn json(&self) -> serde_json::Value {
        self.value
            .as_ref()
            .and_then(|v| serde_json::from_slice(v).ok())
            .unwrap_or(serde_json::Value::Null)
    }

    /// The key, or "" when there is none.
    pub fn key_str(&self) -> &str {
        self.key.as_deref().unwrap_or_default()
    }

    /// The value bytes, empty for a tombstone.
    pub fn bytes(&self) -> &[u8] {
        self.value.as_deref().unwrap_or_default()
    }

    /// The value of header `name`, if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every record of a topic of this world, up to its current end, as read_committed readers see it.
pub fn read_all(w: &World, base: &str) -> Vec<Rec> {
    read_topic(&settings(), &w.topic(base))
}

/// Every record of `topic` (a full name) up to its current end, in partition then offset order,
/// read by the library's own reader: the one topic reader of the tests.
pub fn read_topic(s: &KafkaSettings, topic: &str) -> Vec<Rec> {
    let messages = fleetctl::kafka::client::read_messages(s, topic).expect("topic readable");
    messages
        .iter()
        .map(|m| Rec {
            partition: m.partition(),
            offset: m.offset(),
            key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
            value: m.payload().map(|v| v.to_vec()),
            headers: m
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|x| {
                            let v = x.value.unwrap_or_default();
                            (x.key.to_string(), String::from_utf8_lossy(v).into_owned())
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// Headers of every record of a topic, as (name, value) pairs, in record order.
pub fn read_headers(w: &World, base: &str) -> Vec<Vec<(String, String)>> {
    read_all(w, base).into_iter().map(|r| r.headers).collect()
}

/// Produces raw records (key, value) to a topic of this world and waits for every ack.
pub fn produce(w: &World, base: &str, records: &[(Option<String>, Option<Vec<u8>>)]) {
    let s = settings();
    let topic = w.topic(base);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let p = fleetctl::kafka::client::producer(&s, &[]).unwrap();
        // Enqueued one by one as every role does (kafka::queue), so a key's records keep
        // their order; the acknowledgements are awaited together.
        let mut reports = Vec::new();
        for (k, v) in records {
            let mut r: FutureRecord<'_, str, [u8]> = FutureRecord::to(&topic);
            if let Some(k) = k {
                r = r.key(k.as_str());
            }
            if let Some(v) = v {
                r = r.payload(v.as_slice());
            }
            reports.push(
                fleetctl::kafka::queue::enqueue(&p, r)
                    .await
                    .expect("enqueued"),
            );
        }
        for report in reports {
            report
                .await
                .expect("delivery report")
                .map_err(|(e, _)| e)
                .expect("produced");
        }
    });
}

/// Creates the catalog topics for a fleet of `robots` and the three role keys in this world.
pub fn fleet_world(tag: &str, robots: u32) -> World {
    fleet_world_with(tag, robots, &["control", "safety", "operator"])
}

/// Creates the catalog topics for a fleet of `robots` and keys for `roles` in this world.
pub fn fleet_world_with(tag: &str, robots: u32, roles: &[&str]) -> World {
    let w = World::new(tag);
    w.kafka()
        .args(["topics", "create", "--robots", &robots.to_string()])
        .run()
        .expect(0);
    for role in roles {
        w.cmd().args(["keygen", "--role", role]).run().expect(0);
    }
    w
}

/// A signer for a role, with the key keygen wrote in this world.
pub fn signer(w: &World, role: fleetctl::signing::Role) -> fleetctl::signing::envelope::Signer {
    let key =
        fleetctl::signing::load_private(&w.config_dir().join("keys"), role).expect("key exists");
    fleetctl::signing::envelope::Signer::new(key)
}

/// Every record of a topic as a `read_uncommitted` reader sees it: aborted records included.
pub fn read_all_uncommitted(w: &World, base: &str) -> Vec<Rec> {
    let mut s = settings();
    s.properties
        .push(("isolation.level".into(), "read_uncommitted".into()));
    read_topic(&s, &w.topic(base))
}

/// The offsets `group` has committed on a topic of this world, per partition. Asked without
/// `require_stable` (a read_uncommitted client), since offsets pending in an open transaction
/// would otherwise hold the answer back until that transaction ends.
pub fn committed(w: &World, group: &str, base: &str) -> std::collections::BTreeMap<i32, i64> {
    use rdkafka::consumer::Consumer;
    use rdkafka::{Offset, TopicPartitionList};
    let mut s = settings();
    s.properties.push(("group.id".into(), group.into()));
    s.properties
        .push(("isolation.level".into(), "read_uncommitted".into()));
    let c = fleetctl::kafka::client::reader(&s).unwrap();
    let topic = w.topic(base);
    let mut tpl = TopicPartitionList::new();
    for p in fleetctl::kafka::client::partitions(c.client(), &topic, s.timeout, &broker()).unwrap()
    {
        tpl.add_partition(&topic, p);
    }
    let got = c.committed_offsets(tpl, s.timeout).unwrap();
    got.elements()
        .iter()
        .filter_map(|e| match e.offset() {
            Offset::Offset(o) => Some((e.partition(), o)),
            _ => None,
        })
        .collect()
}

/// A `read_committed` reader following a topic from its start in a thread, for checking what
/// readers see while something else runs and crashes.
pub struct Tail {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    read: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    handle: Option<std::thread::JoinHandle<Vec<serde_json::Value>>>,
}

impl Tail {
    pub fn start(w: &World, base: &str) -> Tail {
        Tail::start_on(&settings(), &w.topic(base))
    }

    /// Follows `topic` (a full name) on the brokers of `s`.
    pub fn start_on(s: &KafkaSettings, topic: &str) -> Tail {
        use rdkafka::consumer::Consumer;
        use rdkafka::{Message, Offset, TopicPartitionList};
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let c = fleetctl::kafka::client::reader(s).unwrap();
        let brokers = s.brokers.clone().unwrap_or_default();
        let mut tpl = TopicPartitionList::new();
        for p in
            fleetctl::kafka::client::partitions(c.client(), topic, s.timeout, &brokers).unwrap()
        {
            tpl.add_partition_offset(topic, p, Offset::Beginning)
                .unwrap();
        }
        c.assign(&tpl).unwrap();
        let flag = stop.clone();
        let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = read.clone();
        let handle = std::thread::spawn(move || {
            let mut out = Vec::new();
            while !flag.load(std::sync::atomic::Ordering::SeqCst) {
                if let Some(Ok(m)) = c.poll(Duration::from_millis(100)) {
                    if let Some(v) = m.payload().and_then(|v| serde_json::from_slice(v).ok()) {
                        out.push(v);
                        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            }
            // Whatever is committed by now, to the end.
            while let Some(Ok(m)) = c.poll(Duration::from_millis(1000)) {
                if let Some(v) = m.payload().and_then(|v| serde_json::from_slice(v).ok()) {
                    out.push(v);
                }
            }
            out
        });
        Tail {
            stop,
            read,
            handle: Some(handle),
        }
    }

    /// How many records it has read so far.
    pub fn count(&self) -> usize {
        self.read.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Stops following and returns every value read.
    pub fn finish(mut self) -> Vec<serde_json::Value> {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        self.handle.take().unwrap().join().unwrap()
    }
}

/// Which broker the suite runs on: `kafka` (Apache Kafka, the default) or `nisshi`.
pub fn broker_kind() -> String {
    std::env::var("FLEETCTL_TEST_BROKER").unwrap_or_else(|_| "kafka".into())
}

/// Whether the test broker enforces Kafka transactions (Apache Kafka does, nisshi refuses them).
pub fn has_transactions() -> bool {
    broker_kind() == "kafka"
}
