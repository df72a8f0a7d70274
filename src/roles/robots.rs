//! The robot simulator: N robots report telemetry every tick and act on completions and halts.
//!
//! Threads, so that a halt never waits behind telemetry: the tick loop produces telemetry on a
//! lingering, batching producer; the halt reader and the completion reader each poll their own
//! consumer and answer on producers that do not linger (one for halted reports and dead
//! letters, and the acknowledgement lanes of `lanes`). Robots live in small shards,
//! each behind its own lock, so a halt waits at most for the shard being ticked.

mod avro;
pub mod chaos;
mod encode;
mod inbox;
mod lanes;
pub mod physics;
mod stats;
mod ticks;

pub use stats::{Counter, Out, SimStats, SimSummary};

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rdkafka::producer::{BaseRecord, Producer};
use tokio_util::sync::CancellationToken;

pub use self::avro::Wire;
use self::physics::{zone_name, Robot};
use crate::catalog::{names, topic};
use rdkafka::consumer::Consumer;

use crate::error::{Error, Result};
use crate::settings::KafkaSettings;
use crate::signing::Keyring;

/// Robots per shard: small enough that a halt waits well under a millisecond for a shard lock.
const SHARD: usize = 128;
/// How long a fetch of robot-emergency-halt waits at the broker for a record. Apache Kafka answers
/// a waiting fetch as soon as a record arrives (6–17 ms median whatever the wait, measured by
/// `scripts/bench.sh fetchwait`), so there the wait costs nothing; it is short for librdkafka's
/// mock (the embedded broker), which answers only when the wait runs out.
const HALT_FETCH_WAIT_MS: &str = "50";
/// The same for robot-command-completions, whose many partitions make every idle fetch cost the
/// broker more: 200 ms still has a robot act on a STOP before its next report at the default
/// 1 s interval (idle nisshi, 100 partitions: 7.1 % of a core at 50 ms, 2.8 % at 200 ms).
const COMPLETION_FETCH_WAIT_MS: &str = "200";

/// What to simulate.
#[derive(Debug, Clone)]
pub struct SimOptions {
    /// Number of robots.
    pub robots: u32,
    /// Simulated time between two reports of a robot.
    pub interval: Duration,
    /// Real time runs this many times slower than simulated time.
    pub speedup: f64,
    /// Probability per report of an injected fault.
    pub chaos: f64,
    /// Number of zones.
    pub zones: u32,
    /// Stop after this long (real time).
    pub duration: Option<Duration>,
    /// Robots that ignore halts and resumes.
    pub ignore_halts: Vec<String>,
    /// Prefix of robot ids.
    pub id_prefix: String,
    /// Random seed.
    pub seed: Option<u64>,
    /// How telemetry values are written (plain JSON unless a registry format was asked for).
    pub wire: Wire,
}

/// Default fleet size (the original design's `DEFAULT_NUM_ROBOTS`).
pub const DEFAULT_ROBOTS: u32 = 1000;
/// Default number of zones.
pub const DEFAULT_ZONES: u32 = 4;
/// Default prefix of robot ids.
pub const DEFAULT_ID_PREFIX: &str = "robot";

impl Default for SimOptions {
    /// The defaults of `simulate` (its clap arguments take theirs from here; a test in `cli`
    /// checks the interval, which clap spells as text).
    fn default() -> Self {
        SimOptions {
            robots: DEFAULT_ROBOTS,
            interval: Duration::from_secs(1),
            speedup: 1.0,
            chaos: 0.0,
            zones: DEFAULT_ZONES,
            duration: None,
            ignore_halts: Vec::new(),
            id_prefix: DEFAULT_ID_PREFIX.into(),
            seed: None,
            wire: Wire::default(),
        }
    }
}

impl SimOptions {
    /// Checks the numbers before anything connects.
    pub fn validate(&self) -> Result<()> {
        if self.robots == 0 || self.zones == 0 {
            return Err(Error::usage("--robots and --zones must be at least 1"));
        }
        if !(self.speedup.is_finite() && (0.001..=1_000_000.0).contains(&self.speedup)) {
            return Err(Error::usage("--speedup must be between 0.001 and 1000000"));
        }
        if self.interval.is_zero() || self.interval > Duration::from_secs(3600) {
            return Err(Error::usage(
                "--interval must be more than 0 and at most 1h",
            ));
        }
        if !(0.0..=1.0).contains(&self.chaos) {
            return Err(Error::usage("--chaos is a probability between 0 and 1"));
        }
        Ok(())
    }

    /// The id of robot `n` (1-based).
    pub fn robot_id(&self, n: u32) -> String {
        format!("{}-{n:04}", self.id_prefix)
    }
}

/// The robots, in shards, with an index from robot id to (shard, slot).
pub(crate) struct Fleet {
    /// Robots, `SHARD` per lock.
    shards: Vec<Mutex<Vec<Robot>>>,
    /// Robot id → (shard, slot).
    index: HashMap<String, (usize, usize)>,
    /// Robots that ignore halts and resumes.
    ignore_halts: HashSet<String>,
}

impl Fleet {
    fn new(opts: &SimOptions, rng: &mut impl Rng) -> Self {
        let mut shards = Vec::new();
        let mut index = HashMap::new();
        let mut shard = Vec::with_capacity(SHARD);
        for n in 1..=opts.robots {
            let id = opts.robot_id(n);
            let zone = zone_name((n - 1) % opts.zones);
            index.insert(id.clone(), (shards.len(), shard.len()));
            shard.push(Robot::new(id, zone, rng));
            if shard.len() == SHARD {
                shards.push(Mutex::new(std::mem::replace(
                    &mut shard,
                    Vec::with_capacity(SHARD),
                )));
            }
        }
        if !shard.is_empty() {
            shards.push(Mutex::new(shard));
        }
        Fleet {
            shards,
            index,
            ignore_halts: opts.ignore_halts.iter().cloned().collect(),
        }
    }

    /// Runs `f` on one shard's robots; a lock poisoned by a panicking thread still holds data.
    pub(crate) fn with_shard<T>(&self, i: usize, f: impl FnOnce(&mut Vec<Robot>) -> T) -> T {
        let mut guard = self.shards[i].lock().unwrap_or_else(|p| p.into_inner());
        f(&mut guard)
    }
}

/// Topic names of one run.
pub(crate) struct Topics {
    /// robot-telemetry-control.
    control: String,
    /// robot-telemetry-safety.
    safety: String,
    /// robot-command-completions.
    pub(crate) completions: String,
    /// robot-emergency-halt.
    pub(crate) halts: String,
    /// robot-commands-dlq.
    pub(crate) dlq: String,
}

fn make_producer(k: &KafkaSettings, stats: &Arc<SimStats>, telemetry: bool) -> Result<Out> {
    // Telemetry lingers to batch; acknowledgements must not wait. Telemetry that cannot be
    // delivered in 30 s is stale and dropped (counted); an acknowledgement is never given up
    // (0: no timeout) while the robot runs, since a halt counts every robot's: with a broker of
    // three dead on a loaded machine, the cluster took 30–80 s to accept writes again for
    // every partition (tests/faults.rs).
    let (linger_ms, timeout_ms) = if telemetry {
        ("5", "30000")
    } else {
        ("0", "0")
    };
    let mut cfg = crate::kafka::client_config(k)?;
    cfg.set("enable.idempotence", "true")
        .set("acks", "all")
        .set("linger.ms", linger_ms)
        .set("compression.type", "lz4")
        .set("message.timeout.ms", timeout_ms)
        .set("queue.buffering.max.messages", "1000000")
        .set("queue.buffering.max.kbytes", "1048576");
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    cfg.create_with_context(Counter {
        stats: stats.clone(),
        telemetry,
    })
    .map_err(crate::kafka::creation_error)
}

/// Hands one record to the producer, waiting while its queue is full (until cancelled).
/// `headers` carry a trace context when tracing is on (`kafka::trace`).
pub(crate) fn send(
    p: &Out,
    (topic, key, value): (&str, &str, &[u8]),
    headers: Option<rdkafka::message::OwnedHeaders>,
    stop: &CancellationToken,
) -> bool {
    let mut record = BaseRecord::to(topic).key(key).payload(value);
    if let Some(h) = headers {
        record = record.headers(h);
    }
    match crate::kafka::queue::send_blocking(p, record, Some(stop)) {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!("cannot produce to {topic}: {e}");
            false
        }
    }
}

impl Topics {
    /// The topic names under `prefix`.
    fn new(prefix: &str) -> Self {
        Topics {
            control: topic(prefix, names::TELEMETRY_CONTROL),
            safety: topic(prefix, names::TELEMETRY_SAFETY),
            completions: topic(prefix, names::COMPLETIONS),
            halts: topic(prefix, names::EMERGENCY_HALT),
            dlq: topic(prefix, names::DLQ),
        }
    }
}

/// Checks, before anything is produced, that the topics written to exist.
fn check_topics(k: &KafkaSettings, topics: &Topics) -> Result<i32> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let probe = crate::kafka::client::reader(k)?;
    for t in [&topics.control, &topics.safety, &topics.dlq] {
        crate::kafka::client::partitions(probe.client(), t, k.timeout, &brokers)?;
    }
    let completions =
        crate::kafka::client::partitions(probe.client(), &topics.completions, k.timeout, &brokers)?;
    drop(probe);
    Ok(completions.len() as i32)
}

/// Runs the simulator until `cancel` or the duration; blocking (call it from a blocking thread).
pub fn run(
    k: &KafkaSettings,
    prefix: &str,
    keyring: Keyring,
    opts: SimOptions,
    stats: Arc<SimStats>,
    cancel: CancellationToken,
) -> Result<SimSummary> {
    opts.validate()?;
    let topics = Topics::new(prefix);
    let completion_partitions = check_topics(k, &topics)?;
    let mut rng = match opts.seed {
        Some(s) => rand::rngs::StdRng::seed_from_u64(s),
        None => rand::rngs::StdRng::from_entropy(),
    };
    let fleet = Arc::new(Fleet::new(&opts, &mut rng));
    let telemetry = make_producer(k, &stats, true)?;
    let urgent = Arc::new(make_producer(k, &stats, false)?);
    let acks = (0..lanes::AckLanes::count(completion_partitions))
        .map(|_| make_producer(k, &stats, false))
        .collect::<Result<Vec<_>>>()?;
    let acks = Arc::new(lanes::AckLanes::new(acks, completion_partitions));
    // Readers start at the current ends, fixed before the first report, so nothing produced
    // after start-up is missed.
    let inner = cancel.child_token();
    let halt_reader = inbox::Reader::at_end(k, &topics.halts, HALT_FETCH_WAIT_MS)?;
    let completion_reader =
        inbox::Reader::at_end(k, &topics.completions, COMPLETION_FETCH_WAIT_MS)?;
    let ctx = Arc::new(inbox::Inbox {
        fleet: fleet.clone(),
        verifier: crate::signing::envelope::Verifier::new(keyring),
        producer: urgent.clone(),
        acks: acks.clone(),
        stats: stats.clone(),
        topics,
        stop: inner.clone(),
        wire: opts.wire,
    });
    let threads = spawn_readers(halt_reader, completion_reader, &ctx)?;
    tracing::info!(
        "{} robots in {} zones reporting every {:?} / {}",
        opts.robots,
        opts.zones,
        opts.interval,
        opts.speedup
    );
    let started = Instant::now();
    ticks::tick_loop(&opts, &fleet, &ctx.topics, &telemetry, &stats, &cancel, rng);
    inner.cancel();
    join_and_flush(
        threads,
        [&telemetry, urgent.as_ref()].into_iter().chain(acks.all()),
    );
    // Until everything queued is delivered, so that msgs/s is a delivered rate.
    let seconds = started.elapsed().as_secs_f64();
    Ok(stats.summary(opts.robots, seconds))
}

/// Starts the halt and the completion reader, each on its own thread answering through `ctx`.
fn spawn_readers(
    halt_reader: inbox::Reader,
    completion_reader: inbox::Reader,
    ctx: &Arc<inbox::Inbox>,
) -> Result<Vec<std::thread::JoinHandle<()>>> {
    let spawned = [
        inbox::spawn(
            "robots-halts",
            halt_reader,
            ctx.clone(),
            inbox::Inbox::on_halt,
        ),
        inbox::spawn(
            "robots-completions",
            completion_reader,
            ctx.clone(),
            inbox::Inbox::on_completion,
        ),
    ];
    let mut threads = Vec::new();
    for t in spawned {
        match t {
            Ok(t) => threads.push(t),
            Err(e) => {
                // Stops a reader that did start before giving up.
                ctx.stop.cancel();
                return Err(e);
            }
        }
    }
    Ok(threads)
}

/// Waits for the reader threads (already told to stop), then flushes every producer.
fn join_and_flush<'a>(
    threads: Vec<std::thread::JoinHandle<()>>,
    producers: impl IntoIterator<Item = &'a Out>,
) {
    for t in threads {
        if t.join().is_err() {
            tracing::error!("a robot reader thread panicked");
        }
    }
    for p in producers {
        if let Err(e) = p.flush(Duration::from_secs(10)) {
            tracing::warn!("flushing telemetry: {e}");
        }
    }
}
