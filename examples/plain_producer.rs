//! The baseline of scripts/bench-simulate.sh: a plain rdkafka producer sending pre-built records
//! of a given size, keyed like robot telemetry, as fast as it can, with the simulator's producer
//! settings. Prints one JSON line: delivered, errors, seconds, msgs/s.
//!
//! Usage: plain_producer BROKERS TOPIC[,TOPIC..] VALUE_BYTES SECONDS [KEYS] (topics alternate,
//! as the simulator alternates its two telemetry topics).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{BaseRecord, DeliveryResult, Producer, ProducerContext, ThreadedProducer};

struct Counts(
    /// Delivered, failed.
    Arc<(AtomicU64, AtomicU64)>,
);

impl ClientContext for Counts {}

impl ProducerContext for Counts {
    type DeliveryOpaque = ();
    fn delivery(&self, r: &DeliveryResult<'_>, _: ()) {
        let c = if r.is_ok() { &self.0 .0 } else { &self.0 .1 };
        c.fetch_add(1, Relaxed);
    }
}

/// Telemetry-like JSON values of exactly `size` bytes, so compression sees similar data.
fn values(size: usize, n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            let mut v = format!(
                "{{\"robot_id\":\"robot-{i:04}\",\"zone\":\"zone-{}\",\"seq\":{i},\"ts_ms\":1763800000000,\"position\":{{\"x\":{}.{},\"y\":{}.{}}},\"status\":\"MOVING\",\"pad\":\"",
                i % 4,
                i * 37 % 1000,
                i * 7919 % 100_000,
                i * 53 % 1000,
                i * 104_729 % 100_000
            )
            .into_bytes();
            v.resize(size.saturating_sub(2).max(v.len()), b'0' + (i % 10) as u8);
            v.extend_from_slice(b"\"}");
            v.truncate(size);
            v
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        return Err("usage: plain_producer BROKERS TOPIC VALUE_BYTES SECONDS [KEYS]".into());
    }
    let brokers = &args[1];
    let topics: Vec<&str> = args[2].split(',').collect();
    let size: usize = args[3].parse()?;
    let seconds: f64 = args[4].parse()?;
    let keys: usize = args
        .get(5)
        .map(|k| k.parse())
        .transpose()?
        .unwrap_or(10_000);
    let counts = Arc::new((AtomicU64::new(0), AtomicU64::new(0)));
    let p: ThreadedProducer<Counts> = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("enable.idempotence", "true")
        .set("acks", "all")
        .set("linger.ms", "5")
        .set("compression.type", "lz4")
        .set("message.timeout.ms", "30000")
        .set("queue.buffering.max.messages", "1000000")
        .set("queue.buffering.max.kbytes", "1048576")
        .create_with_context(Counts(counts.clone()))?;
    let ids: Vec<String> = (1..=keys).map(|n| format!("robot-{n:04}")).collect();
    let vals = values(size, 1024);
    let start = Instant::now();
    let end = start + Duration::from_secs_f64(seconds);
    let mut sent = 0usize;
    while Instant::now() < end {
        // the simulator's back-pressure limit, so both keep the same amount queued
        while p.in_flight_count() > 200_000 {
            std::thread::sleep(Duration::from_millis(1));
        }
        for _ in 0..1000 {
            let mut rec = BaseRecord::to(topics[sent % topics.len()])
                .key(&ids[sent / topics.len() % keys])
                .payload(&vals[sent % vals.len()]);
            loop {
                match p.send(rec) {
                    Ok(()) => break,
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                        rec = r;
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    Err((e, _)) => return Err(e.into()),
                }
            }
            sent += 1;
        }
    }
    p.flush(Duration::from_secs(30))?;
    let secs = start.elapsed().as_secs_f64();
    let delivered = counts.0.load(Relaxed);
    println!(
        "{{\"delivered\":{delivered},\"errors\":{},\"seconds\":{secs:.3},\"msgs_per_s\":{:.0}}}",
        counts.1.load(Relaxed),
        delivered as f64 / secs
    );
    Ok(())
}
