//! The replay's sending side: the counting idempotent producer, the TTL dedup cache, and one
//! thread's pass over its share of the rows (paced by event time, or as fast as possible).

use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::message::DeliveryResult;
use rdkafka::producer::{BaseRecord, ProducerContext, ThreadedProducer};
use rdkafka::ClientContext;
use tokio_util::sync::CancellationToken;

use crate::dataset::Row;
use crate::error::{Error, Result};
use crate::model::anomaly::{ReplayMetadata, Telemetry};
use crate::otel::{attr, Kind};
use crate::settings::KafkaSettings;

/// Counts delivery reports on librdkafka's thread.
#[derive(Default)]
pub struct DeliveryCounter {
    /// Acknowledged records.
    pub delivered: AtomicU64,
    /// Failed records.
    pub failed: AtomicU64,
    /// The first failure, for the error message.
    pub first_error: Mutex<Option<String>>,
}

impl ClientContext for DeliveryCounter {
    fn stats(&self, s: rdkafka::statistics::Statistics) {
        crate::kafka::stats::record(&s);
    }
}

impl ProducerContext for DeliveryCounter {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        match result {
            Ok(_) => {
                self.delivered.fetch_add(1, Ordering::Relaxed);
            }
            Err((e, _)) => {
                crate::kafka::stats::producer_failed(e);
                self.failed.fetch_add(1, Ordering::Relaxed);
                if let Ok(mut first) = self.first_error.lock() {
                    first.get_or_insert_with(|| e.to_string());
                }
            }
        }
    }
}

/// The idempotent, counting producer the replay uses (the benchmark uses the same settings).
pub fn counting_producer(k: &KafkaSettings) -> Result<ThreadedProducer<DeliveryCounter>> {
    let mut cfg = crate::kafka::client_config(k)?;
    cfg.set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .set("queue.buffering.max.messages", "500000")
        .set("message.timeout.ms", "60000")
        // The replay checks the topic through this producer; with auto-creation on, asking
        // would create a missing topic with the broker's defaults instead of failing.
        .set("allow.auto.create.topics", "false");
    // -X properties win over the role's own choices, as everywhere.
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    cfg.create_with_context(DeliveryCounter::default())
        .map_err(crate::kafka::creation_error)
}

/// Hands a record to librdkafka, waiting while its queue is full. Its `headers` carry a trace
/// context when tracing is on.
pub fn send_blocking(
    producer: &ThreadedProducer<DeliveryCounter>,
    (topic, key, payload): (&str, &str, &[u8]),
    headers: Option<rdkafka::message::OwnedHeaders>,
) -> Result<()> {
    let mut record = BaseRecord::to(topic).key(key).payload(payload);
    if let Some(h) = headers {
        record = record.headers(h);
    }
    crate::kafka::queue::send_blocking(producer, record, None)
        .map_err(|e| Error::Broker(format!("cannot produce to {topic}: {e}")))
}

/// Event ids sent recently; older ones are forgotten after the TTL.
pub struct TtlSet {
    /// How long an id is remembered.
    ttl: Duration,
    /// Id → when it was sent.
    seen: HashMap<String, Instant>,
    /// Ids oldest first, for expiry.
    order: VecDeque<(Instant, String)>,
}

impl TtlSet {
    /// True when the id is new (and now remembered).
    pub fn insert(&mut self, id: &str, now: Instant) -> bool {
        while let Some((t, _)) = self.order.front() {
            if now.duration_since(*t) < self.ttl {
                break;
            }
            if let Some((t, old)) = self.order.pop_front() {
                if self.seen.get(&old) == Some(&t) {
                    self.seen.remove(&old);
                }
            }
        }
        if self.seen.contains_key(id) {
            return false;
        }
        self.seen.insert(id.to_string(), now);
        self.order.push_back((now, id.to_string()));
        true
    }
}

impl TtlSet {
    /// An empty cache remembering ids for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        TtlSet {
            ttl,
            seen: HashMap::new(),
            order: VecDeque::new(),
        }
    }
}

/// Everything a sending thread reads.
pub struct Plan<'a> {
    /// The rows, in file order.
    pub rows: &'a [Row],
    /// Their physical state.
    pub telemetry: &'a [Telemetry],
    /// Their vehicle ids.
    pub vehicle_ids: &'a [String],
    /// Session and rate written into each event.
    pub meta: &'a ReplayMetadata,
    /// Full topic name.
    pub topic: &'a str,
    /// Event time of the first row (the pacing origin).
    pub first_ns: i64,
    /// Event-time shift from one pass to the next.
    pub lap_ns: i64,
    /// Replay rate; 0 = unpaced.
    pub rate: f64,
    /// Repeat until cancelled.
    pub looped: bool,
    /// Dedup cache lifetime.
    pub dedup_ttl: Duration,
    /// Writes each event in the chosen `--value-format`.
    pub encoder: &'a crate::schemas::wire::Encoder,
}

/// What one thread did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Events handed to the producer.
    pub sent: u64,
    /// Events dropped as duplicates.
    pub dups: u64,
    /// Passes started.
    pub loops: u64,
    /// Stopped by cancellation.
    pub interrupted: bool,
}

impl Tally {
    /// Adds another thread's tally.
    pub fn merge(&mut self, o: Tally) {
        self.sent += o.sent;
        self.dups += o.dups;
        self.loops = self.loops.max(o.loops);
        self.interrupted |= o.interrupted;
    }
}

/// Row indices split into `n` shares by vehicle, each in file order.
pub fn shares(vehicle_ids: &[String], n: usize) -> Vec<Vec<usize>> {
    let n = n.max(1);
    let mut out = vec![Vec::new(); n];
    for (i, v) in vehicle_ids.iter().enumerate() {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        v.hash(&mut h);
        out[(h.finish() % n as u64) as usize].push(i);
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Sleeps until `deadline`, waking to notice cancellation; false when cancelled.
fn sleep_until(deadline: Instant, cancel: &CancellationToken) -> bool {
    loop {
        if cancel.is_cancelled() {
            return false;
        }
        let now = Instant::now();
        if now >= deadline {
            return true;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
    }
}

/// Sends one share of the rows, pass after pass when looping, until done or cancelled.
pub fn send_share(
    plan: &Plan<'_>,
    share: &[usize],
    producer: &ThreadedProducer<DeliveryCounter>,
    cancel: &CancellationToken,
    progress: Option<indicatif::ProgressBar>,
    start: Instant,
) -> Result<Tally> {
    let mut dedup = TtlSet::new(plan.dedup_ttl);
    let mut payload = Vec::with_capacity(1024);
    let mut t = Tally::default();
    'passes: loop {
        let shift = (t.loops as i64).saturating_mul(plan.lap_ns);
        t.loops += 1;
        let mut pos_ns = 0i64;
        for &i in share {
            if cancel.is_cancelled() {
                t.interrupted = true;
                break 'passes;
            }
            let row = &plan.rows[i];
            pos_ns = pos_ns.max(row.timestamp_ns - plan.first_ns);
            if plan.rate > 0.0 {
                let due = (shift + pos_ns) as f64 / plan.rate / 1e9;
                if !sleep_until(start + Duration::from_secs_f64(due.max(0.0)), cancel) {
                    t.interrupted = true;
                    break 'passes;
                }
            }
            let event = super::telemetry::event_of(
                plan.vehicle_ids[i].clone(),
                row,
                &plan.telemetry[i],
                plan.meta,
                t.loops - 1,
                shift,
            );
            if !dedup.insert(&event.event_id, Instant::now()) {
                t.dups += 1;
                continue;
            }
            plan.encoder.encode(&event, &mut payload)?;
            // A dataset row is telemetry: sampled at a ratio like the robots' reports.
            let span = crate::otel::start("telemetry.replay", Kind::Producer, None, || {
                vec![
                    attr("vehicle.id", event.vehicle_id.clone()),
                    attr("event.id", event.event_id.clone()),
                ]
            });
            let headers = crate::kafka::trace::inject(span.as_ref(), None);
            send_blocking(producer, (plan.topic, &event.vehicle_id, &payload), headers)?;
            t.sent += 1;
            if let Some(pb) = &progress {
                pb.inc(1);
                if t.sent % 64 == 1 {
                    pb.set_message(event.event_time.format("%H:%M:%S%.3f").to_string());
                }
            }
        }
        if !plan.looped || share.is_empty() {
            break;
        }
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_keep_each_vehicle_whole_and_in_order() {
        let ids: Vec<String> = (0..100).map(|i| format!("v{}", i % 7)).collect();
        let s = shares(&ids, 3);
        assert_eq!(s.iter().map(Vec::len).sum::<usize>(), 100);
        for share in &s {
            assert!(share.windows(2).all(|w| w[0] < w[1]));
        }
        for v in 0..7 {
            let owners = s.iter().filter(|sh| sh.iter().any(|&i| i % 7 == v)).count();
            assert_eq!(owners, 1, "vehicle {v} is in one share");
        }
    }

    #[test]
    fn ttl_set_forgets_after_the_ttl() {
        let mut s = TtlSet::new(Duration::from_millis(10));
        let t0 = Instant::now();
        assert!(s.insert("a", t0));
        assert!(!s.insert("a", t0 + Duration::from_millis(5)));
        assert!(s.insert("a", t0 + Duration::from_millis(20)));
    }
}
