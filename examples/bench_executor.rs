//! Benchmark: executor throughput of signed commands in transactions mode, next to the raw Ed25519
//! verification rate measured in the same run on the same records, and what a transaction costs.
//! Run with `scripts/bench.sh executor`.
//!
//! Broker: `BENCH_BROKERS=HOST:PORT` (scripts/bench-executor.sh starts a fresh single-node Apache
//! Kafka and passes it; the catalog's topics are created here, with a per-run prefix, through the
//! library's admin client), or `BENCH_BROKER=mock` for the embedded broker in this process (it
//! grants transactions but does not enforce isolation).
//!
//! Usage: bench_executor [COMMANDS (20000)] [EMPTY_TRANSACTIONS (300)]

// The allocator of the fleetctl binary, so the figures are those of fleetctl.
fleetctl::use_mimalloc!();

use std::time::{Duration, Instant};

use fleetctl::catalog::{catalog, CatalogParams};
use fleetctl::kafka::embedded::EmbeddedBroker;
use fleetctl::model::command::{Action, Target};
use fleetctl::roles::executor::{self, EosChoice};
use fleetctl::settings::KafkaSettings;
use fleetctl::signing::envelope::{Signer, Verifier};
use fleetctl::signing::{Keyring, Role, RoleKey};
use rdkafka::producer::{FutureRecord, Producer};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

#[tokio::main]
async fn main() -> Res<()> {
    tune_allocator();
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let n = arg(1, 20_000);
    let empty_txns = arg(2, 300);
    // A prefix of its own per run, so runs on one broker never share topics, groups or
    // transactional ids.
    let prefix = format!("bench{}.", std::process::id());
    let specs = catalog(&CatalogParams {
        prefix: prefix.clone(),
        ..Default::default()
    });
    let mock = std::env::var("BENCH_BROKER").as_deref() == Ok("mock");
    let (_embedded, brokers, where_) = if mock {
        let b = EmbeddedBroker::start(&specs)?;
        let s = b.bootstrap_servers();
        (
            Some(b),
            s.clone(),
            format!("embedded broker (librdkafka mock cluster) {s}"),
        )
    } else {
        let s = std::env::var("BENCH_BROKERS")
            .map_err(|_| "set BENCH_BROKERS=HOST:PORT, or BENCH_BROKER=mock")?;
        let desc = std::env::var("BENCH_BROKER_DESC").unwrap_or_else(|_| format!("broker {s}"));
        (None, s, desc)
    };
    let k = KafkaSettings {
        brokers: Some(brokers.clone()),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    };
    if !mock {
        let admin = fleetctl::kafka::admin::Admin::new(&k)?;
        for (name, r) in admin.create(&specs.iter().collect::<Vec<_>>()).await? {
            r.map_err(|e| format!("creating {name}: {e}"))?;
        }
    }

    let key = RoleKey::generate(Role::Control);
    let mut ring = Keyring::default();
    ring.add(Role::Control, key.key.verifying_key(), "bench".into());
    let verifier = Verifier::new(ring);
    let signer = Signer {
        key,
        ttl: Duration::from_secs(3600),
    };
    let records: Vec<(String, Vec<u8>)> = (0..n)
        .map(|i| {
            let robot = format!("robot-{:04}", i % 1000);
            let c = signer.command(
                Target::Robot(robot.clone()),
                None,
                Action::MoveTo {
                    x: i as f64,
                    y: 0.0,
                },
                false,
            );
            (robot, c.bytes)
        })
        .collect();

    // Raw verification rate, one core, same records.
    let now = fleetctl::model::now_ms();
    let t = Instant::now();
    let mut ok = 0usize;
    for (robot, bytes) in &records {
        ok += usize::from(
            verifier
                .verify(Some(robot.as_bytes()), Some(bytes), now)
                .is_ok(),
        );
    }
    let verify_rate = ok as f64 / t.elapsed().as_secs_f64();

    let producer = fleetctl::kafka::client::producer(&k, &[])?;
    let topic = format!("{prefix}robot-commands");
    let sends = records.iter().map(|(robot, bytes)| {
        producer.send(
            FutureRecord::to(&topic).key(robot).payload(bytes),
            Duration::from_secs(30),
        )
    });
    for r in futures::future::join_all(sends).await {
        r.map_err(|(e, _)| e)?;
    }
    drop(producer);

    // A few transactions before the executor runs, so that a freshly started broker has loaded
    // (and its JIT compiled) the transaction coordinator's code paths before they are timed.
    let cold = transactions(&k, &prefix, "warmup", 50, false).await?;

    let cpu_before = cpu_seconds();
    let opts = executor::Options {
        prefix: prefix.clone(),
        group: format!("{prefix}bench-executor"),
        instance: "0".into(),
        eos: EosChoice::Transactions,
        batch: 5000,
        chaos: 0.0,
        fail_attempts: 0,
        max_retries: fleetctl::roles::retry_headers::MAX_RETRIES,
        duration: Some(Duration::from_secs(300)),
        exit_when_idle: Some(Duration::from_secs(2)),
    };
    let summary = executor::run(
        &k,
        verifier,
        opts,
        tokio_util::sync::CancellationToken::new(),
    )
    .await?;
    let cpu = cpu_seconds() - cpu_before;
    let rate = summary.counts.executed as f64 / (summary.busy_ms.max(1) as f64 / 1000.0);
    let batch_writes = written_batches()?;

    // The commit cost alone: transactions of one record each on the same broker, after the
    // executor (warm broker). First as the executor commits (commit_transaction as soon as the
    // last record is acknowledged), then waiting until librdkafka has handed over every delivery
    // report first: rdkafka 0.39's commit_transaction flushes, and its flush polls in 100 ms slices
    // that run to their end, so a commit that starts while the producer's poll thread still holds
    // the last report waits 100 ms for nothing.
    let warm = transactions(&k, &prefix, "bench", empty_txns, false).await?;
    let settled = transactions(&k, &prefix, "settled", empty_txns, true).await?;

    println!(
        "executor benchmark: {n} commands for 1000 robots, mode {}, batch 5000, on {where_}",
        summary.mode.as_str()
    );
    println!("  raw Ed25519 verify_strict (1 core):  {verify_rate:>9.0} commands/s");
    println!(
        "  executor, transactions:              {rate:>9.0} commands/s  ({} executed in {} ms, first record to last batch written)",
        summary.counts.executed, summary.busy_ms
    );
    println!(
        "  ratio executor / raw verification:   {:>8.1} %  (target >= 80 %)",
        100.0 * rate / verify_rate
    );
    println!(
        "  process CPU during the executor run: {cpu:.2} s ({:.1} CPU-us per command)",
        cpu * 1e6 / summary.counts.executed.max(1) as f64
    );
    println!(
        "  batches written: {} (mean {:.0} commands each); a batch's write (begin, produce its state, completion and idempotency records, send offsets, commit):",
        summary.batches,
        summary.counts.executed as f64 / summary.batches.max(1) as f64
    );
    println!("    {batch_writes}");
    println!(
        "  transaction commit cost (separate loops, {} transactions of 1 record each: begin, produce + ack, commit_transaction):",
        warm.len()
    );
    println!(
        "    committed at once, as the executor does: {}",
        describe(&warm)
    );
    println!(
        "    committed once no delivery report is pending:  {}",
        describe(&settled)
    );
    println!(
        "    the first {} on the freshly started broker, before the executor ran: {}",
        cold.len(),
        describe(&cold)
    );
    Ok(())
}

/// Runs `n` transactions of one record each with a transactional producer of its own; returns
/// (commit_transaction time, begin-to-commit time) of each, in ms. With `settle`, waits (up to
/// 50 ms) before committing until librdkafka counts nothing in flight, i.e. the producer's poll
/// thread has handed over the last delivery report.
async fn transactions(
    k: &KafkaSettings,
    prefix: &str,
    name: &str,
    n: usize,
    settle: bool,
) -> Res<Vec<(f64, f64)>> {
    let txn_id = format!("{prefix}{name}-txn");
    let p = fleetctl::kafka::client::producer(k, &[("transactional.id", &txn_id)])?;
    let timeout = Duration::from_secs(10);
    p.init_transactions(timeout)?;
    // A topic no role reads: the benchmark's own records stay out of the fleet's topics.
    let topic = fleetctl::catalog::topic(prefix, fleetctl::catalog::names::COMMANDS_RETRY);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let t0 = Instant::now();
        p.begin_transaction()?;
        let key = format!("robot-{:04}", i % 1000);
        let r = FutureRecord::to(&topic).key(&key).payload(b"{}".as_slice());
        p.send(r, timeout).await.map_err(|(e, _)| e)?;
        let t1 = Instant::now();
        if settle {
            while p.in_flight_count() > 0 && t1.elapsed() < Duration::from_millis(50) {
                std::thread::sleep(Duration::from_micros(100));
            }
        }
        p.commit_transaction(timeout)?;
        out.push((ms(t1.elapsed()), ms(t0.elapsed())));
    }
    Ok(out)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// "commit p50 X, p99 Y, mean Z ms; whole transaction p50 …".
fn describe(samples: &[(f64, f64)]) -> String {
    if samples.is_empty() {
        return "-".into();
    }
    let stats = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let q = |p: f64| v[((p * v.len() as f64) as usize).min(v.len() - 1)];
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        format!(
            "p50 {:.2}, p99 {:.2}, max {:.2}, mean {mean:.2} ms",
            q(0.5),
            q(0.99),
            v[v.len() - 1]
        )
    };
    format!(
        "commit_transaction {}; whole transaction {}",
        stats(samples.iter().map(|s| s.0).collect()),
        stats(samples.iter().map(|s| s.1).collect())
    )
}

/// The executor's per-batch write times, from the library's Prometheus histogram
/// `robot_transaction_duration_seconds` (one observation per written batch): count and exact
/// mean (from the sum), and p50/p99 as the histogram's bucket bounds (powers of two from 1 ms).
fn written_batches() -> Res<String> {
    let text = fleetctl::metrics::global().encode()?;
    let name = "robot_transaction_duration_seconds";
    let mut buckets = Vec::new();
    let (mut sum, mut count) = (0.0, 0.0);
    for line in text.lines() {
        let Some((metric, value)) = line.rsplit_once(' ') else {
            continue;
        };
        let value: f64 = value.parse().unwrap_or(0.0);
        if let Some(rest) = metric.strip_prefix(&format!("{name}_bucket{{le=\"")) {
            let le = rest.trim_end_matches("\"}");
            let bound = if le == "+Inf" {
                f64::INFINITY
            } else {
                le.parse()?
            };
            buckets.push((bound, value));
        } else if metric == format!("{name}_sum") {
            sum = value;
        } else if metric == format!("{name}_count") {
            count = value;
        }
    }
    if count == 0.0 {
        return Ok("no batch recorded".into());
    }
    buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
    let bound = |p: f64| {
        let want = p * count;
        buckets
            .iter()
            .find(|(_, c)| *c >= want)
            .map(|(b, _)| {
                if b.is_finite() {
                    format!("<= {:.0} ms", b * 1e3)
                } else {
                    "> the largest bucket".into()
                }
            })
            .unwrap_or_else(|| "-".into())
    };
    Ok(format!(
        "{count:.0} batches, mean {:.1} ms, p50 {}, p99 {} (histogram robot_transaction_duration_seconds)",
        1e3 * sum / count,
        bound(0.5),
        bound(0.99)
    ))
}

/// CPU time of this process (user + system), from /proc.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
