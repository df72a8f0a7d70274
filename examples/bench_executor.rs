//! Benchmark: executor throughput of signed commands in transactions mode on the embedded broker
//! (the only broker here that grants transactions), next to the raw Ed25519 verification rate
//! measured in the same run on the same records. Run with `scripts/bench.sh executor`.

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
use rdkafka::producer::{FutureProducer, FutureRecord};

#[tokio::main]
async fn main() {
    tune_allocator();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let prefix = "bench.".to_string();
    let broker = EmbeddedBroker::start(&catalog(&CatalogParams {
        prefix: prefix.clone(),
        ..Default::default()
    }))
    .expect("embedded broker");
    let k = KafkaSettings {
        brokers: Some(broker.bootstrap_servers()),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    };
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

    let producer: FutureProducer = fleetctl::kafka::client::producer(&k, &[]).expect("producer");
    let topic = format!("{prefix}robot-commands");
    let sends = records.iter().map(|(robot, bytes)| {
        producer.send(
            FutureRecord::to(&topic).key(robot).payload(bytes),
            Duration::from_secs(30),
        )
    });
    for r in futures::future::join_all(sends).await {
        r.map_err(|(e, _)| e).expect("produced");
    }

    let cpu_before = cpu_seconds();
    let opts = executor::Options {
        prefix: prefix.clone(),
        group: format!("{prefix}bench-executor"),
        instance: 0,
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
    .await
    .expect("executor runs");
    let cpu = cpu_seconds() - cpu_before;
    let rate = summary.counts.executed as f64 / (summary.busy_ms.max(1) as f64 / 1000.0);
    println!(
        "executor benchmark ({} commands, mode {}, batch 5000, embedded broker)",
        n,
        summary.mode.as_str()
    );
    println!("  raw Ed25519 verification (1 core): {verify_rate:>10.0} commands/s");
    println!("  executor, transactions:            {rate:>10.0} commands/s  ({} executed in {} ms, {} batches)", summary.counts.executed, summary.busy_ms, summary.batches);
    println!(
        "  ratio executor / raw verification:  {:>9.1} %  (target >= 80 %)",
        100.0 * rate / verify_rate
    );
    println!(
        "  process CPU during the executor run: {cpu:.2} s ({:.1} CPU-us per command)",
        cpu * 1e6 / summary.counts.executed.max(1) as f64
    );
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
