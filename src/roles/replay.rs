//! `replay dataset`: sends recorded trajectories to `raw_telemetry` at their recorded pace
//! (divided by the rate), keyed by vehicle so each vehicle's frames stay in file order.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use rdkafka::producer::{Producer, ThreadedProducer};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names};
use crate::dataset::{self, InputFormat, Row};
use crate::error::{Error, Result};
use crate::model::anomaly::ReplayMetadata;
use crate::output::Printer;
use crate::schemas::wire::{Encoder, ValueFormat};
use crate::settings::KafkaSettings;

pub use super::sender::{counting_producer, send_blocking, DeliveryCounter};
use super::sender::{Plan, Tally};

/// What to replay and how.
#[derive(Debug, Clone)]
pub struct ReplayOptions {
    /// Dataset files, replayed one after the other.
    pub files: Vec<PathBuf>,
    /// Forced format; by extension when `None`.
    pub input_format: Option<InputFormat>,
    /// Event-time speed-up; 0 sends as fast as possible.
    pub rate: f64,
    /// Repeat until interrupted.
    pub looped: bool,
    /// Stop at the first bad row.
    pub strict: bool,
    /// Name of the run; generated when `None`.
    pub session_id: Option<String>,
    /// How long an event id is remembered to drop duplicates.
    pub dedup_ttl: Duration,
    /// How each event is written: plain JSON, or framed for a schema registry.
    pub value_format: ValueFormat,
    /// The registry, for the framed formats.
    pub registry: Option<std::sync::Arc<crate::registry::RegistryClient>>,
}

/// The end-of-run summary printed on stdout.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "replay_summary")]
pub struct ReplaySummary {
    /// Name of the run.
    pub replay_session_id: String,
    /// Topic written to.
    pub topic: String,
    /// Usable rows read from the files.
    pub rows_read: u64,
    /// Rows skipped as bad.
    pub bad_rows: u64,
    /// Events dropped because their id was sent within the TTL.
    pub duplicates_dropped: u64,
    /// Events handed to the producer.
    pub sent: u64,
    /// Events the broker acknowledged.
    pub delivered: u64,
    /// Events the broker did not take.
    pub failed: u64,
    /// Passes over the dataset (started).
    pub loops: u64,
    /// Wall time until the last event was handed to the producer, in seconds (the paced part).
    pub elapsed_s: f64,
    /// Wall time including waiting for every delivery report, in seconds.
    pub total_s: f64,
    /// Event-time span of one pass, in seconds.
    pub event_span_s: f64,
    /// Events delivered per wall second, delivery wait included.
    pub rows_per_s: f64,
    /// Stopped by Ctrl-C or SIGTERM.
    pub interrupted: bool,
}

/// Reads every file; bad rows are reported (or, with `strict`, end the run).
pub fn load(opts: &ReplayOptions, warn: impl Fn(&str)) -> Result<(Vec<Row>, u64)> {
    let mut rows = Vec::new();
    let mut bad = 0;
    for f in &opts.files {
        let format = match opts.input_format {
            Some(x) => x,
            None => InputFormat::from_path(f)?,
        };
        let read = dataset::read_file(f, format)?;
        if let Some(first) = read.bad.first() {
            if opts.strict {
                return Err(Error::usage(format!("bad row (--strict): {first}")));
            }
        }
        for b in &read.bad {
            warn(&format!("skipped bad row {b}"));
        }
        bad += read.bad.len() as u64;
        rows.extend(read.rows);
    }
    Ok((rows, bad))
}

/// Replays the dataset until its end (or forever with `--loop`) or until cancelled.
pub async fn replay(
    k: &KafkaSettings,
    prefix: &str,
    printer: &Printer,
    opts: &ReplayOptions,
    cancel: &CancellationToken,
) -> Result<ReplaySummary> {
    if !(opts.rate.is_finite() && opts.rate >= 0.0) {
        return Err(Error::usage("--rate must be a non-negative number"));
    }
    let topic = catalog::topic(prefix, names::RAW_TELEMETRY);
    let producer = counting_producer(k)?;
    let (rows, bad_rows) = check_and_load(k, &producer, &topic, printer, opts)?;
    let session = opts.session_id.clone().unwrap_or_else(|| {
        format!(
            "replay-{}",
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        )
    });
    let meta = ReplayMetadata {
        replay_session_id: session.clone(),
        replay_rate: opts.rate,
    };
    let vehicle_ids = dataset::vehicle_ids(&rows);
    let telemetry = super::telemetry::derive(&rows, &vehicle_ids);
    let span = Span::of(&rows);

    let encoder = tokio::task::block_in_place(|| {
        let registry = opts.registry.as_deref();
        Encoder::new(registry, prefix, names::RAW_TELEMETRY, opts.value_format)
    })?;
    let progress = progress_bar(printer, rows.len() as u64, opts.looped);
    let plan = Plan {
        rows: &rows,
        telemetry: &telemetry,
        vehicle_ids: &vehicle_ids,
        meta: &meta,
        topic: &topic,
        first_ns: span.first_ns,
        lap_ns: span.lap_ns,
        rate: opts.rate,
        looped: opts.looped,
        dedup_ttl: opts.dedup_ttl,
        encoder: &encoder,
    };
    let start = Instant::now();
    let tally = send_all(&plan, &producer, &progress, cancel, start)?;
    let (sent, dups, loops, interrupted) = (tally.sent, tally.dups, tally.loops, tally.interrupted);
    let elapsed = start.elapsed().as_secs_f64();
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let d = flush(&producer, printer, &topic, sent, start);
    Ok(ReplaySummary {
        replay_session_id: session,
        topic,
        rows_read: rows.len() as u64,
        bad_rows,
        duplicates_dropped: dups,
        sent,
        delivered: d.delivered,
        failed: d.failed,
        loops,
        elapsed_s: elapsed,
        total_s: d.total_s,
        event_span_s: span.span_ns as f64 / 1e9,
        rows_per_s: if d.total_s > 0.0 {
            d.delivered as f64 / d.total_s
        } else {
            0.0
        },
        interrupted,
    })
}

/// Checks that the topic exists while the files are read; returns the rows and the bad-row count.
fn check_and_load(
    k: &KafkaSettings,
    producer: &ThreadedProducer<DeliveryCounter>,
    topic: &str,
    printer: &Printer,
    opts: &ReplayOptions,
) -> Result<(Vec<Row>, u64)> {
    // The topic check (a missing topic would otherwise only show as delivery timeouts a minute
    // later) goes through the producer, so its connection is up when the first row is ready;
    // it runs while the files are read.
    let brokers = k.brokers.clone().unwrap_or_default();
    let (loaded, checked) = std::thread::scope(|scope| {
        let check = scope.spawn(|| {
            crate::kafka::client::partitions(producer.client(), topic, k.timeout, &brokers)
        });
        let loaded = load(opts, |m| printer.warn(m));
        let checked = check
            .join()
            .unwrap_or_else(|_| Err(Error::Other(anyhow::anyhow!("the topic check panicked"))));
        (loaded, checked)
    });
    checked?;
    loaded
}

/// The event-time extent of one pass over the rows.
struct Span {
    /// Event time of the first row in file order (the pacing origin).
    first_ns: i64,
    /// From the first row's event time to the latest.
    span_ns: i64,
    /// Event-time shift from one pass to the next.
    lap_ns: i64,
}

impl Span {
    /// Measures the rows' event times.
    fn of(rows: &[Row]) -> Self {
        let first_ns = rows.first().map_or(0, |r| r.timestamp_ns);
        let last_ns = rows
            .iter()
            .map(|r| r.timestamp_ns)
            .max()
            .unwrap_or(first_ns);
        let span_ns = last_ns - first_ns;
        // The next pass starts one typical frame gap after the last frame, so event time keeps rising.
        let lap_ns = span_ns + typical_gap_ns(rows);
        Span {
            first_ns,
            span_ns,
            lap_ns,
        }
    }
}

/// Sends the plan on as many threads as fit its pacing and adds up their tallies.
fn send_all(
    plan: &Plan<'_>,
    producer: &ThreadedProducer<DeliveryCounter>,
    progress: &Option<indicatif::ProgressBar>,
    cancel: &CancellationToken,
    start: Instant,
) -> Result<Tally> {
    // Unpaced, the work per row (ids, JSON) is the bottleneck: vehicles are split over threads,
    // each vehicle on one thread so its order holds. Paced, one thread keeps the deadlines.
    let workers = if plan.rate == 0.0 {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    } else {
        1
    };
    let shares = super::sender::shares(plan.vehicle_ids, workers);
    // A failing thread stops the others instead of letting them finish for nothing.
    let stop = cancel.child_token();
    // block_in_place: the sending threads block this worker; the runtime (multi-threaded in the
    // CLI) keeps serving the signal handler on another.
    tokio::task::block_in_place(|| {
        std::thread::scope(|scope| {
            let handles: Vec<_> = shares
                .iter()
                .map(|share| {
                    let (plan, producer, progress, stop) =
                        (plan, producer, progress.clone(), &stop);
                    scope.spawn(move || {
                        let r =
                            super::sender::send_share(plan, share, producer, stop, progress, start);
                        if r.is_err() {
                            stop.cancel();
                        }
                        r
                    })
                })
                .collect();
            let mut total = Tally::default();
            for h in handles {
                let t = h
                    .join()
                    .map_err(|_| Error::Other(anyhow::anyhow!("a replay thread panicked")))??;
                total.merge(t);
            }
            Ok::<_, Error>(total)
        })
    })
}

/// What the broker made of the records once the producer was flushed.
struct Deliveries {
    /// Records acknowledged.
    delivered: u64,
    /// Records not delivered.
    failed: u64,
    /// Wall time from `start` to the end of the flush, in seconds.
    total_s: f64,
}

/// Waits (up to a minute) for every delivery report and counts them; warns with the first error.
fn flush(
    producer: &ThreadedProducer<DeliveryCounter>,
    printer: &Printer,
    topic: &str,
    sent: u64,
    start: Instant,
) -> Deliveries {
    printer.status(format!("flushing {sent} events to {topic}"));
    // Blocking is fine here: nothing else runs on this task, and signals are handled elsewhere.
    let flushed = producer.flush(Duration::from_secs(60));
    let total = start.elapsed().as_secs_f64();
    let ctx = producer.context();
    let delivered = ctx.delivered.load(Ordering::Relaxed);
    let mut failed = ctx.failed.load(Ordering::Relaxed);
    if flushed.is_err() {
        failed = failed.max(sent.saturating_sub(delivered));
    }
    if let Ok(first) = ctx.first_error.lock() {
        if let Some(e) = first.as_ref() {
            printer.warn(format!(
                "{failed} events were not delivered; first error: {e}"
            ));
        }
    }
    Deliveries {
        delivered,
        failed,
        total_s: total,
    }
}

/// The median gap between distinct event times: the gap left between two passes.
fn typical_gap_ns(rows: &[Row]) -> i64 {
    let mut ts: Vec<i64> = rows.iter().map(|r| r.timestamp_ns).collect();
    ts.sort_unstable();
    ts.dedup();
    let mut gaps: Vec<i64> = ts.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort_unstable();
    gaps.get(gaps.len() / 2).copied().unwrap_or(100_000_000)
}

/// A progress bar over the rows (a spinner with `--loop`), unless progress is off.
fn progress_bar(
    printer: &crate::output::Printer,
    len: u64,
    looped: bool,
) -> Option<indicatif::ProgressBar> {
    if !printer.progress_enabled() {
        return None;
    }
    let pb = if looped {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::new(len)
    };
    let template =
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} rows {per_sec} event time {msg}";
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    Some(pb)
}
