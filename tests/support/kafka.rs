//! Kafka access for tests through the library: produce raw records, read whole topics.

#![allow(dead_code)]

use std::time::Duration;

use fleetctl::settings::KafkaSettings;
use rdkafka::message::Headers;
use rdkafka::producer::{FutureProducer, FutureRecord};

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
    pub partition: i32,
    pub offset: i64,
    pub key: Option<String>,
    pub value: Option<Vec<u8>>,
}

impl Rec {
    pub fn json(&self) -> serde_json::Value {
        self.value
            .as_ref()
            .and_then(|v| serde_json::from_slice(v).ok())
            .unwrap_or(serde_json::Value::Null)
    }
}

/// Every record of a topic of this world, up to its current end, as read_committed readers see it.
pub fn read_all(w: &World, base: &str) -> Vec<Rec> {
    read_with(&settings(), w, base)
}

fn read_with(s: &KafkaSettings, w: &World, base: &str) -> Vec<Rec> {
    let mut out = Vec::new();
    fleetctl::kafka::client::read_to_end(s, &w.topic(base), |partition, offset, key, value| {
        out.push(Rec {
            partition,
            offset,
            key: key.map(|k| String::from_utf8_lossy(k).into_owned()),
            value: value.map(|v| v.to_vec()),
        })
    })
    .expect("topic readable");
    out
}

/// Headers of every record of a topic, as (name, value) pairs, in record order.
pub fn read_headers(w: &World, base: &str) -> Vec<Vec<(String, String)>> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::{Message, Offset, TopicPartitionList};
    let s = settings();
    let c: BaseConsumer = fleetctl::kafka::client::reader(&s).unwrap();
    let topic = w.topic(base);
    let parts =
        fleetctl::kafka::client::partitions(c.client(), &topic, s.timeout, &broker()).unwrap();
    let mut tpl = TopicPartitionList::new();
    let mut remaining = 0i64;
    for p in parts {
        let (lo, hi) = c.fetch_watermarks(&topic, p, s.timeout).unwrap();
        remaining += hi - lo;
        tpl.add_partition_offset(&topic, p, Offset::Offset(lo))
            .unwrap();
    }
    c.assign(&tpl).unwrap();
    let mut out = Vec::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while remaining > 0 && std::time::Instant::now() < deadline {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(200)) {
            remaining -= 1;
            let hs = m
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|x| {
                            (
                                x.key.to_string(),
                                x.value
                                    .map(|v| String::from_utf8_lossy(v).into_owned())
                                    .unwrap_or_default(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(hs);
        }
    }
    out
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
        let p: FutureProducer = fleetctl::kafka::client::producer(&s, &[]).unwrap();
        // Enqueued in order when first polled; the idempotent producer keeps that order.
        let sends = records.iter().map(|(k, v)| {
            let mut r: FutureRecord<'_, str, [u8]> = FutureRecord::to(&topic);
            if let Some(k) = k {
                r = r.key(k.as_str());
            }
            if let Some(v) = v {
                r = r.payload(v.as_slice());
            }
            p.send(r, Duration::from_secs(30))
        });
        for res in futures::future::join_all(sends).await {
            res.map_err(|(e, _)| e).expect("produced");
        }
    });
}

/// Creates the catalog topics for a fleet of `robots` and the three role keys in this world.
pub fn fleet_world(tag: &str, robots: u32) -> World {
    let w = World::new(tag);
    w.kafka()
        .args(["topics", "create", "--robots", &robots.to_string()])
        .run()
        .expect(0);
    for role in ["control", "safety", "operator"] {
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
    read_with(&s, w, base)
}

/// The offsets `group` has committed on a topic of this world, per partition. Asked without
/// `require_stable` (a read_uncommitted client), since offsets pending in an open transaction
/// would otherwise hold the answer back until that transaction ends.
pub fn committed(w: &World, group: &str, base: &str) -> std::collections::BTreeMap<i32, i64> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::{Offset, TopicPartitionList};
    let mut s = settings();
    s.properties.push(("group.id".into(), group.into()));
    s.properties
        .push(("isolation.level".into(), "read_uncommitted".into()));
    let c: BaseConsumer = fleetctl::kafka::client::reader(&s).unwrap();
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
        use rdkafka::consumer::{BaseConsumer, Consumer};
        use rdkafka::{Message, Offset, TopicPartitionList};
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let s = settings();
        let c: BaseConsumer = fleetctl::kafka::client::reader(&s).unwrap();
        let topic = w.topic(base);
        let mut tpl = TopicPartitionList::new();
        for p in
            fleetctl::kafka::client::partitions(c.client(), &topic, s.timeout, &broker()).unwrap()
        {
            tpl.add_partition_offset(&topic, p, Offset::Beginning)
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
