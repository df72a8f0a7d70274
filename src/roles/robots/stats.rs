//! Counters of the simulator, its end-of-run summary, and the delivery callback that counts.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;

use rdkafka::client::ClientContext;
use rdkafka::producer::{DeliveryResult, ProducerContext, ThreadedProducer};
use serde::Serialize;

/// Live counters, readable while the simulator runs (the demo's dashboard reads them).
#[derive(Debug, Default)]
pub struct SimStats {
    /// Telemetry records handed to the producer.
    pub sent: AtomicU64,
    /// Bytes of those records' values.
    pub bytes: AtomicU64,
    /// Telemetry records the broker acknowledged.
    pub delivered: AtomicU64,
    /// Acknowledgements, halted reports and dead letters the broker acknowledged.
    pub urgent_delivered: AtomicU64,
    /// Records that could not be delivered (telemetry or urgent).
    pub delivery_errors: AtomicU64,
    /// Ticks run.
    pub ticks: AtomicU64,
    /// Reports dropped by chaos.
    pub dropped: AtomicU64,
    /// Sensor spikes injected by chaos.
    pub spikes: AtomicU64,
    /// Malformed records injected by chaos.
    pub malformed: AtomicU64,
    /// Silences injected by chaos.
    pub silenced: AtomicU64,
    /// Verified halts received.
    pub halts: AtomicU64,
    /// Verified resumes received.
    pub resumes: AtomicU64,
    /// Halt and resume acknowledgements written.
    pub acks: AtomicU64,
    /// Halt records that failed verification.
    pub halts_rejected: AtomicU64,
    /// Executed commands robots acted on.
    pub completions_applied: AtomicU64,
    /// Records sent to the dead-letter topic.
    pub dead_letters: AtomicU64,
}

/// What a simulator run did, printed at its end.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "simulate_summary")]
pub struct SimSummary {
    /// Robots simulated.
    pub robots: u32,
    /// Real seconds run.
    pub seconds: f64,
    /// Ticks run.
    pub ticks: u64,
    /// Telemetry records sent.
    pub telemetry_sent: u64,
    /// Telemetry records acknowledged by the broker.
    pub delivered: u64,
    /// Acknowledgements, halted reports and dead letters acknowledged by the broker.
    pub urgent_delivered: u64,
    /// Records that could not be delivered.
    pub delivery_errors: u64,
    /// Acknowledged telemetry records per second.
    pub msgs_per_s: f64,
    /// Average telemetry value size, bytes.
    pub avg_bytes: f64,
    /// Reports dropped by chaos.
    pub chaos_dropped: u64,
    /// Sensor spikes injected by chaos.
    pub chaos_spikes: u64,
    /// Malformed records injected by chaos.
    pub chaos_malformed: u64,
    /// Silences injected by chaos.
    pub chaos_silenced: u64,
    /// Verified halts received.
    pub halts: u64,
    /// Verified resumes received.
    pub resumes: u64,
    /// Acknowledgements written.
    pub acks: u64,
    /// Halt records rejected by verification.
    pub halts_rejected: u64,
    /// Executed commands acted on.
    pub completions_applied: u64,
    /// Records sent to the dead-letter topic.
    pub dead_letters: u64,
}

impl SimStats {
    /// The summary of a run of `robots` robots that lasted `seconds`.
    pub fn summary(&self, robots: u32, seconds: f64) -> SimSummary {
        let delivered = self.delivered.load(Relaxed);
        let sent = self.sent.load(Relaxed);
        SimSummary {
            robots,
            seconds,
            ticks: self.ticks.load(Relaxed),
            telemetry_sent: sent,
            delivered,
            urgent_delivered: self.urgent_delivered.load(Relaxed),
            delivery_errors: self.delivery_errors.load(Relaxed),
            msgs_per_s: if seconds > 0.0 {
                delivered as f64 / seconds
            } else {
                0.0
            },
            avg_bytes: if sent > 0 {
                self.bytes.load(Relaxed) as f64 / sent as f64
            } else {
                0.0
            },
            chaos_dropped: self.dropped.load(Relaxed),
            chaos_spikes: self.spikes.load(Relaxed),
            chaos_malformed: self.malformed.load(Relaxed),
            chaos_silenced: self.silenced.load(Relaxed),
            halts: self.halts.load(Relaxed),
            resumes: self.resumes.load(Relaxed),
            acks: self.acks.load(Relaxed),
            halts_rejected: self.halts_rejected.load(Relaxed),
            completions_applied: self.completions_applied.load(Relaxed),
            dead_letters: self.dead_letters.load(Relaxed),
        }
    }
}

/// Counts deliveries into the shared stats from librdkafka's callback.
pub struct Counter {
    /// Where deliveries are counted.
    pub stats: Arc<SimStats>,
    /// Whether this producer carries the tick's telemetry (else acknowledgements and the like).
    pub telemetry: bool,
}

impl ClientContext for Counter {
    fn stats(&self, s: rdkafka::statistics::Statistics) {
        crate::kafka::stats::record(&s);
    }
}

impl ProducerContext for Counter {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        let counter = match result {
            Ok(_) if self.telemetry => &self.stats.delivered,
            Ok(_) => &self.stats.urgent_delivered,
            Err((e, _)) => {
                crate::kafka::stats::producer_failed(e);
                tracing::debug!("delivery failed: {e}");
                &self.stats.delivery_errors
            }
        };
        counter.fetch_add(1, Relaxed);
    }
}

/// A producer whose deliveries are counted in the stats.
pub type Out = ThreadedProducer<Counter>;
