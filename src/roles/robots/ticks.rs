//! The tick loop: each tick, every robot moves on and reports on the lingering telemetry
//! producer, unless an injected fault drops, silences or spoils its report.

use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

use rand::Rng;
use rdkafka::producer::Producer;
use tokio_util::sync::CancellationToken;

use super::physics::{draw_fault, Fault, Robot};
use super::{send, Fleet, Out, SimOptions, SimStats, Topics};
use crate::otel::{attr, Kind};

/// Telemetry records queued in librdkafka before the tick loop waits for deliveries.
const MAX_IN_FLIGHT: i32 = 200_000;

/// Sends every robot's telemetry each tick until `cancel` or the duration, without bursting to
/// catch up after a late tick and waiting while too many records are in flight.
pub(super) fn tick_loop(
    opts: &SimOptions,
    fleet: &Fleet,
    topics: &Topics,
    producer: &Out,
    stats: &SimStats,
    cancel: &CancellationToken,
    mut rng: impl Rng,
) {
    let period = opts.interval.div_f64(opts.speedup);
    let dt = opts.interval.as_secs_f64();
    let deadline = opts.duration.map(|d| Instant::now() + d);
    let mut next = Instant::now();
    let mut reporter = Reporter {
        topics,
        producer,
        stats,
        cancel,
        chaos: opts.chaos,
        wire: opts.wire,
        buf: Vec::with_capacity(512),
        safety_buf: Vec::with_capacity(512),
        sent: 0,
        bytes: 0,
    };
    let telemetry_sent = crate::metrics::global().telemetry_sent.clone();
    'ticks: loop {
        let now = Instant::now();
        if cancel.is_cancelled() || deadline.is_some_and(|d| now >= d) {
            break;
        }
        if now < next {
            std::thread::sleep((next - now).min(Duration::from_millis(50)));
            continue;
        }
        // A late tick starts the schedule again rather than bursting to catch up.
        next = if now > next + period {
            now + period
        } else {
            next + period
        };
        stats.ticks.fetch_add(1, Relaxed);
        for i in 0..fleet.shards.len() {
            while producer.in_flight_count() > MAX_IN_FLIGHT {
                if cancel.is_cancelled() {
                    break 'ticks;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            let ts = crate::model::now_ms();
            fleet.with_shard(i, |robots| {
                for r in robots.iter_mut() {
                    reporter.report(r, dt, ts, &mut rng);
                }
            });
            // Once per shard: the delivery thread updates counters next to these.
            telemetry_sent.inc_by(reporter.sent);
            stats
                .sent
                .fetch_add(std::mem::take(&mut reporter.sent), Relaxed);
            stats
                .bytes
                .fetch_add(std::mem::take(&mut reporter.bytes), Relaxed);
        }
    }
}

/// Turns robots into telemetry records on the tick loop's producer.
struct Reporter<'a> {
    /// Topic names.
    topics: &'a Topics,
    /// The lingering telemetry producer.
    producer: &'a Out,
    /// Counters of the run.
    stats: &'a SimStats,
    /// Ends a send waiting for room in the producer's queue.
    cancel: &'a CancellationToken,
    /// Probability per report of an injected fault.
    chaos: f64,
    /// The control report being encoded (reused).
    buf: Vec<u8>,
    /// How values are written.
    wire: super::Wire,
    /// The safety report being encoded (reused).
    safety_buf: Vec<u8>,
    /// Records sent since the counters were last updated.
    sent: u64,
    /// Bytes sent since the counters were last updated.
    bytes: u64,
}

impl Reporter<'_> {
    /// Moves one robot on by `dt` and sends its control and safety reports, unless an injected
    /// fault drops or silences them (or spikes a sensor, or truncates the safety report).
    fn report(&mut self, r: &mut Robot, dt: f64, ts: i64, rng: &mut impl Rng) {
        r.step(dt);
        if r.silent_ticks > 0 {
            r.silent_ticks -= 1;
            return;
        }
        let fault = draw_fault(self.chaos, rng);
        let spike = match fault {
            Some(Fault::Drop) => {
                self.stats.dropped.fetch_add(1, Relaxed);
                return;
            }
            Some(Fault::Silence(n)) => {
                r.silent_ticks = n;
                self.stats.silenced.fetch_add(1, Relaxed);
                return;
            }
            Some(Fault::Spike(s)) => {
                self.stats.spikes.fetch_add(1, Relaxed);
                Some(s)
            }
            _ => None,
        };
        r.next_seq();
        self.buf.clear();
        self.safety_buf.clear();
        let readings = r.readings(spike, rng);
        self.wire.control(r, ts, &mut self.buf);
        self.wire.safety(r, ts, &readings, &mut self.safety_buf);
        if fault == Some(Fault::Malformed) {
            self.stats.malformed.fetch_add(1, Relaxed);
            self.safety_buf.truncate(self.safety_buf.len() / 2);
        }
        // Sampled at a ratio (otel::sampler); nothing at all when tracing is off.
        let span = crate::otel::start("telemetry.send", Kind::Producer, None, || {
            vec![
                attr("robot.id", r.id.clone()),
                attr("telemetry.seq", r.seq as i64),
            ]
        });
        for (t, v) in [
            (&self.topics.control, &self.buf),
            (&self.topics.safety, &self.safety_buf),
        ] {
            let headers = crate::kafka::trace::inject(span.as_ref(), None);
            if send(self.producer, (t, &r.id, v), headers, self.cancel) {
                self.sent += 1;
                self.bytes += v.len() as u64;
            } else {
                self.stats.delivery_errors.fetch_add(1, Relaxed);
            }
        }
    }
}
