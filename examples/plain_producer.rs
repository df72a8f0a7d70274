//! The baseline of scripts/bench-simulate.sh: a plain rdkafka producer sending pre-built records,
//! keyed by robot id, as fast as it can, with the simulator's producer settings. The records are
//! the simulator's own telemetry (idle robots' control and safety reports, built once with
//! fleetctl's physics and serde before the clock starts), so sizes and compressibility match and
//! the difference measured is the simulator's own work. Prints one JSON line: delivered, errors,
//! seconds, msgs/s, avg_bytes.
//!
//! Usage: plain_producer BROKERS CONTROL_TOPIC,SAFETY_TOPIC SECONDS [ROBOTS]

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{BaseRecord, DeliveryResult, Producer, ProducerContext, ThreadedProducer};

use fleetctl::roles::robots::physics::{zone_name, Robot};

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

/// For each robot, its control then its safety report, as the simulator sends them.
fn records(robots: u32) -> Vec<(String, Vec<u8>)> {
    use rand::SeedableRng;
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let ts = 1_763_800_000_000;
    let mut out = Vec::with_capacity(2 * robots as usize);
    for n in 1..=robots {
        let id = format!("robot-{n:04}");
        let mut r = Robot::new(id.clone(), zone_name((n - 1) % 4), &mut rng);
        r.step(1.0);
        r.next_seq();
        let control = serde_json::to_vec(&r.control(ts)).unwrap_or_default();
        let safety = serde_json::to_vec(&r.safety(ts, None, &mut rng)).unwrap_or_default();
        out.push((id.clone(), control));
        out.push((id, safety));
    }
    out
}

pub fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        return Err(
            "usage: plain_producer BROKERS CONTROL_TOPIC,SAFETY_TOPIC SECONDS [ROBOTS]".into(),
        );
    }
    let brokers = &args[1];
    let topics: Vec<&str> = args[2].split(',').collect();
    let seconds: f64 = args[3].parse()?;
    let robots: u32 = args
        .get(4)
        .map(|k| k.parse())
        .transpose()?
        .unwrap_or(10_000);
    let recs = records(robots.max(1));
    let avg_bytes = recs.iter().map(|(_, v)| v.len()).sum::<usize>() as f64 / recs.len() as f64;
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
    let start = Instant::now();
    let end = start + Duration::from_secs_f64(seconds);
    let mut sent = 0usize;
    while Instant::now() < end {
        // the simulator's back-pressure limit, so both keep the same amount queued
        while p.in_flight_count() > 200_000 {
            std::thread::sleep(Duration::from_millis(1));
        }
        for _ in 0..1000 {
            let (key, value) = &recs[sent % recs.len()];
            let mut rec = BaseRecord::to(topics[sent % topics.len()])
                .key(key.as_str())
                .payload(value.as_slice());
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
        "{{\"delivered\":{delivered},\"errors\":{},\"seconds\":{secs:.3},\"msgs_per_s\":{:.0},\"avg_bytes\":{avg_bytes:.1}}}",
        counts.1.load(Relaxed),
        delivered as f64 / secs
    );
    Ok(())
}
