//! The reader of scripts/bench-latency.sh: follows `robot-command-completions` the way the
//! simulated robots' completion reader does, and measures command latency from the control
//! center's signing to the moment such a reader has the completion.
//!
//! The consumer is made by the same library calls as the robots' (`kafka::client::reader_with`
//! with `fetch.wait.max.ms=200`, then `assign_at_end`: no group, read_committed, every partition
//! from its end) and polled the same way (`poll(100 ms)` in a loop on its own thread). It is a
//! separate process, not the simulator itself: fleetctl does not record when a robot acts on a
//! completion (see docs/fleet.md, "Command latency").
//!
//! For every `EXECUTED`, non-dry-run completion written by an executor it keeps `issued_at_ms`
//! (the control center signed the command), `completed_at_ms` (the executor built the completion,
//! before its transaction commits) and its own receive time (wall clock, same machine), and
//! prints p50/p99/max of completed - issued, received - issued and received - completed, for
//! all commands and for those issued after the first `WARMUP` seconds.
//!
//! `BENCH_LATENCY_SAMPLES=FILE` also writes every sample (issued, completed, received,
//! partition, offset) to FILE.
//!
//! Usage: bench_latency BROKERS TOPIC_PREFIX SECONDS [WARMUP_SECONDS (10)]
//! Prints `ready` on stderr once assigned, so that the script starts the fleet after it.

use std::collections::HashSet;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fleetctl::catalog::{names, topic};
use fleetctl::model::fleet::{Completion, CompletionStatus};
use fleetctl::settings::KafkaSettings;
use rdkafka::consumer::Consumer;
use rdkafka::Message;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// What the simulator's completion reader waits at the broker (src/roles/robots.rs,
/// COMPLETION_FETCH_WAIT_MS, private there).
const ROBOTS_COMPLETION_FETCH_WAIT_MS: &str = "200";

struct Sample {
    issued: i64,
    completed: i64,
    received: f64,
    /// Partition and offset of the completion, for the optional dump.
    at: (i32, i64),
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        return Err("usage: bench_latency BROKERS TOPIC_PREFIX SECONDS [WARMUP_SECONDS]".into());
    }
    let brokers = args[1].clone();
    let completions = topic(&args[2], names::COMPLETIONS);
    let seconds: f64 = args[3].parse()?;
    let warmup_ms: i64 = args.get(4).map(|w| w.parse()).transpose()?.unwrap_or(10) * 1000;
    let k = KafkaSettings {
        brokers: Some(brokers.clone()),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    };
    let c = fleetctl::kafka::client::reader_with(
        &k,
        &[("fetch.wait.max.ms", ROBOTS_COMPLETION_FETCH_WAIT_MS)],
    )?;
    fleetctl::kafka::client::assign_at_end(&c, &completions, k.timeout, &brokers)?;
    eprintln!("ready");

    let mut samples = Vec::new();
    let mut seen = HashSet::new();
    let (mut other, mut duplicates) = (0u64, 0u64);
    let end = Instant::now() + Duration::from_secs_f64(seconds);
    while Instant::now() < end {
        let m = match c.poll(Duration::from_millis(100)) {
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                eprintln!("completions: {e}");
                continue;
            }
            None => continue,
        };
        // Taken first, before parsing: the moment the reader has the record.
        let received = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs_f64() * 1e3;
        let Some(Ok(done)) = m.payload().map(serde_json::from_slice::<Completion>) else {
            other += 1;
            continue;
        };
        if done.status != CompletionStatus::Executed
            || done.dry_run
            || !done.by.starts_with("executor")
            || done.issued_at_ms == 0
        {
            other += 1;
            continue;
        }
        if !seen.insert(done.command_id) {
            duplicates += 1;
            continue;
        }
        samples.push(Sample {
            issued: done.issued_at_ms,
            completed: done.completed_at_ms,
            received,
            at: (m.partition(), m.offset()),
        });
    }
    c.unassign()?;
    if let Some(path) = std::env::var_os("BENCH_LATENCY_SAMPLES") {
        // One line per command, for a look at where a slow wave spent its time.
        let mut out = String::from("issued_ms completed_ms received_ms partition offset\n");
        for s in &samples {
            out += &format!(
                "{} {} {:.1} {} {}\n",
                s.issued, s.completed, s.received, s.at.0, s.at.1
            );
        }
        std::fs::write(path, out)?;
    }

    println!(
        "  {} executed commands read ({} other completions, {} duplicates skipped)",
        samples.len(),
        other,
        duplicates
    );
    let first = samples.iter().map(|s| s.issued).min().unwrap_or(0);
    let later: Vec<&Sample> = samples
        .iter()
        .filter(|s| s.issued >= first + warmup_ms)
        .collect();
    let all: Vec<&Sample> = samples.iter().collect();
    for (label, set) in [
        ("all commands".to_string(), &all),
        (
            format!("issued after the first {} s", warmup_ms / 1000),
            &later,
        ),
    ] {
        println!("  {label} ({}):", set.len());
        let row = |what: &str, f: &dyn Fn(&Sample) -> f64| {
            println!(
                "    {what:<60}{}",
                stats(set.iter().map(|s| f(s)).collect())
            );
        };
        row("(a) signing -> executor wrote the completion", &|s| {
            (s.completed - s.issued) as f64
        });
        row(
            "(b) signing -> read by a reader with the robots' settings",
            &|s| s.received - s.issued as f64,
        );
        row("    of which executor's completion -> read", &|s| {
            s.received - s.completed as f64
        });
    }
    Ok(())
}

/// "p50 X ms, p99 Y ms, max Z ms" (nearest rank).
fn stats(mut v: Vec<f64>) -> String {
    if v.is_empty() {
        return "-".into();
    }
    v.sort_by(f64::total_cmp);
    let q = |p: f64| v[((p * v.len() as f64) as usize).min(v.len() - 1)];
    format!(
        "p50 {:>6.1} ms   p99 {:>6.1} ms   max {:>6.1} ms",
        q(0.5),
        q(0.99),
        v[v.len() - 1]
    )
}
