//! Benchmark of the anomaly pipeline (run by scripts/bench-anomaly.sh): replay throughput next
//! to a plain producer of the same JSON lines, pacing error at --rate 10, detector msgs/s.

// The allocator of the fleetctl binary, so the figures are those of fleetctl.
fleetctl::use_mimalloc!();

use std::path::Path;
use std::time::{Duration, Instant};

use fleetctl::cli::GlobalArgs;
use fleetctl::dataset::{read_file, InputFormat};
use fleetctl::model::anomaly::ReplayMetadata;
use fleetctl::roles::detector::core::{Config, Detector, Frame};
use fleetctl::roles::detector::wire;
use fleetctl::roles::replay::{self, ReplayOptions};
use fleetctl::roles::telemetry;
use fleetctl::settings::Settings;
use rdkafka::producer::Producer;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// Writes `vehicles` tracks of `frames` frames at 10 Hz; every tenth vehicle brakes hard once.
fn write_dataset(path: &Path, vehicles: usize, frames: usize) -> Res<()> {
    use std::io::Write;
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(
        f,
        "scene_id,track_id,frame_index,timestamp_ns,x,y,z,vx,vy,yaw,label_probability,object_type"
    )?;
    let base: i64 = 1_700_000_000_000_000_000;
    for fr in 0..frames {
        for v in 0..vehicles {
            let brake = v % 10 == 0 && (frames / 2..frames / 2 + 12).contains(&fr);
            let speed = if brake {
                20.0 - 1.2 * (fr - frames / 2) as f64
            } else {
                15.0
            };
            let x = fr as f64 * 1.5;
            writeln!(
                f,
                "bench,{v},{fr},{},{x:.3},{:.1},,{speed:.3},0,0,0.93,car",
                base + fr as i64 * 100_000_000,
                v as f64 * 4.0
            )?;
        }
    }
    Ok(())
}

fn settings(brokers: &str, prefix: &str) -> Res<Settings> {
    let args = GlobalArgs {
        brokers: Some(brokers.to_string()),
        topic_prefix: Some(prefix.to_string()),
        quiet: true,
        config_dir: Some(std::env::temp_dir().join("fleetctl-bench-config")),
        ..Default::default()
    };
    Ok(Settings::resolve(&args)?)
}

fn create_topics(brokers: &str, prefix: &str) -> Res<()> {
    let exe = std::env::var("FLEETCTL_BIN").unwrap_or_else(|_| "target/release/fleetctl".into());
    let st = std::process::Command::new(exe)
        .args([
            "-q",
            "--brokers",
            brokers,
            "--topic-prefix",
            prefix,
            "--format",
            "json",
            "topics",
            "create",
        ])
        .stdout(std::process::Stdio::null())
        .status()?;
    if !st.success() {
        return Err("topics create failed".into());
    }
    Ok(())
}

fn opts(file: &Path, rate: f64) -> ReplayOptions {
    ReplayOptions {
        files: vec![file.to_path_buf()],
        input_format: Some(InputFormat::Csv),
        rate,
        looped: false,
        strict: false,
        session_id: None,
        dedup_ttl: Duration::from_secs(600),
        value_format: Default::default(),
        registry: None,
    }
}

fn main() -> Res<()> {
    tune_allocator();
    match std::env::args().nth(1).as_deref() {
        Some("detector") => bench_detector(),
        Some("serialize") => bench_serialize(),
        Some("replay") => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?
            .block_on(bench_replay()),
        _ => Err("usage: bench_anomaly replay|detector|serialize".into()),
    }
}

/// A plain rdkafka producer (rdkafka's own context, none of fleetctl's code) with the replay's
/// producer settings, sending the pre-serialized lines; rows/s from creation to the last
/// delivery, like the replay's figure that includes its connection set-up.
fn plain_producer(brokers: &str, topic: &str, lines: &[(String, Vec<u8>)]) -> Res<f64> {
    use rdkafka::error::{KafkaError, RDKafkaErrorCode};
    use rdkafka::producer::{BaseRecord, DefaultProducerContext, ThreadedProducer};
    let t0 = Instant::now();
    let plain: ThreadedProducer<DefaultProducerContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .set("queue.buffering.max.messages", "500000")
        .set("message.timeout.ms", "60000")
        .create()?;
    for (k, p) in lines {
        let mut record = BaseRecord::to(topic).key(k.as_str()).payload(p.as_slice());
        loop {
            match plain.send(record) {
                Ok(()) => break,
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                    record = r;
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err((e, _)) => return Err(e.into()),
            }
        }
    }
    plain.flush(Duration::from_secs(120))?;
    Ok(lines.len() as f64 / t0.elapsed().as_secs_f64())
}

/// Replay unthrottled next to a plain producer of the same JSON lines, and pacing at --rate 10.
async fn bench_replay() -> Res<()> {
    let brokers = std::env::var("BENCH_BROKERS")?;
    let dir = tempfile::tempdir()?;
    let run = format!("bench{}", std::process::id());
    let big = dir.path().join("big.csv");
    write_dataset(&big, 200, 500)?;
    let cancel = tokio_util::sync::CancellationToken::new();

    // 1. A plain producer of the replay's JSON lines, and the replay itself, in the order
    // plain, replay, replay, plain, plain, replay: the broker slows as it fills, so neither
    // side gets the empty broker only. Each side reports the mean of its three runs.
    let t0 = Instant::now();
    let read = read_file(&big, InputFormat::Csv)?;
    let t_read = t0.elapsed();
    let t = telemetry::derive(&read.rows, &fleetctl::dataset::vehicle_ids(&read.rows));
    let t_derive = t0.elapsed() - t_read;
    let meta = ReplayMetadata {
        replay_session_id: "plain".into(),
        replay_rate: 0.0,
    };
    let lines: Vec<(String, Vec<u8>)> = read
        .rows
        .iter()
        .zip(&t)
        .map(|(r, t)| {
            let e = telemetry::event(r, t, &meta, 0, 0);
            (
                e.vehicle_id.clone(),
                serde_json::to_vec(&e).unwrap_or_default(),
            )
        })
        .collect();
    let t1 = Instant::now();
    let _: usize = lines.iter().map(|(k, p)| k.len() + p.len()).sum();
    let t_ser = t1.elapsed() + (t0.elapsed() - t_read - t_derive - t1.elapsed());
    println!(
        "replay's own work, one thread: read CSV {:.0} ms, derive motion {:.0} ms, build + serialize events {:.0} ms",
        t_read.as_secs_f64() * 1e3,
        t_derive.as_secs_f64() * 1e3,
        t_ser.as_secs_f64() * 1e3
    );
    // One plain run first, not counted: a broker started for the benchmark (the JVM of Apache
    // Kafka) is slower on its first run, and that run would otherwise always be a plain one.
    let prefix = format!("{run}w.");
    create_topics(&brokers, &prefix)?;
    let warmup = plain_producer(&brokers, &format!("{prefix}raw_telemetry"), &lines)?;
    println!("warm-up (plain producer, not counted): {warmup:.0} rows/s");
    let mut plain_rates = Vec::new();
    let mut replay_rates = Vec::new();
    let mut replay_e2e = Vec::new();
    for (round, side) in ["plain", "replay", "replay", "plain", "plain", "replay"]
        .iter()
        .enumerate()
    {
        let prefix = format!("{run}r{round}.");
        create_topics(&brokers, &prefix)?;
        let s = settings(&brokers, &prefix)?;
        if *side == "plain" {
            plain_rates.push(plain_producer(
                &brokers,
                &format!("{prefix}raw_telemetry"),
                &lines,
            )?);
        } else {
            let t0 = Instant::now();
            let summary = replay::replay(
                s.kafka()?,
                &s.topic_prefix,
                &s.printer,
                &opts(&big, 0.0),
                &cancel,
            )
            .await?;
            replay_e2e.push(summary.delivered as f64 / t0.elapsed().as_secs_f64());
            replay_rates.push(summary.rows_per_s);
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let (plain_rate, replay_rate, e2e) =
        (mean(&plain_rates), mean(&replay_rates), mean(&replay_e2e));
    println!(
        "replay unthrottled: {replay_rate:.0} rows/s first send to last delivery (runs {replay_rates:.0?}); {e2e:.0} rows/s incl. reading the CSV ({} rows)",
        lines.len()
    );
    println!(
        "plain producer:     {plain_rate:.0} rows/s creation to last delivery (runs {plain_rates:.0?}; plain rdkafka, pre-serialized lines, the replay's producer settings)"
    );
    println!(
        "ratio replay/plain: {:.2} sending, {:.2} incl. reading (target >= 0.80)",
        replay_rate / plain_rate,
        e2e / plain_rate
    );

    // 2. Pacing at --rate 10 over a 30 s recording: wall time vs span/10.
    let small = dir.path().join("pace.csv");
    write_dataset(&small, 5, 301)?;
    let prefix_c = format!("{run}c.");
    create_topics(&brokers, &prefix_c)?;
    let s = settings(&brokers, &prefix_c)?;
    let summary = replay::replay(
        s.kafka()?,
        &s.topic_prefix,
        &s.printer,
        &opts(&small, 10.0),
        &cancel,
    )
    .await?;
    let ideal = summary.event_span_s / 10.0;
    let err = (summary.elapsed_s - ideal).abs() / ideal;
    println!(
        "pacing at --rate 10: wall {:.4}s vs span/10 {ideal:.4}s: error {:.3}% (target <= 1%)",
        summary.elapsed_s,
        err * 100.0
    );

    Ok(())
}

/// Detector throughput on one core (the script pins this process): decoding plus rules, and
/// the rules alone on pre-decoded frames.
fn bench_detector() -> Res<()> {
    let dir = tempfile::tempdir()?;
    let big = dir.path().join("big.csv");
    write_dataset(&big, 200, 500)?;
    let read = read_file(&big, InputFormat::Csv)?;
    let t = telemetry::derive(&read.rows, &fleetctl::dataset::vehicle_ids(&read.rows));
    let meta = ReplayMetadata {
        replay_session_id: "bench".into(),
        replay_rate: 0.0,
    };
    let payloads: Vec<Vec<u8>> = read
        .rows
        .iter()
        .zip(&t)
        .map(|(r, t)| serde_json::to_vec(&telemetry::event(r, t, &meta, 0, 0)).unwrap_or_default())
        .collect();
    let mut out = Vec::new();
    let mut d = Detector::new(Config::default());
    let t0 = Instant::now();
    for (i, p) in payloads.iter().enumerate() {
        let (v, f) = wire::parse(Some(p), Some((0, i as i64)))?;
        d.process(&v, f, 1_000, &mut out);
    }
    d.flush(1_000, &mut out);
    let with_parse = payloads.len() as f64 / t0.elapsed().as_secs_f64();
    let anomalies = out.len();
    let frames: Vec<(String, Frame)> = payloads
        .iter()
        .filter_map(|p| wire::parse(Some(p), None).ok())
        .map(|(v, f)| (v.into_owned(), f))
        .collect();
    let mut d = Detector::new(Config::default());
    out.clear();
    let t0 = Instant::now();
    for (v, f) in frames {
        d.process(&v, f, 1_000, &mut out);
    }
    d.flush(1_000, &mut out);
    let core = payloads.len() as f64 / t0.elapsed().as_secs_f64();
    println!("detector (JSON parse + rules), one core: {with_parse:.0} msgs/s (target >= 300000); {anomalies} anomalies");
    println!("detector core alone, one core:           {core:.0} msgs/s");
    Ok(())
}

/// Reading the CSV, and building and serializing every event ten times, per row: a mode to run
/// under `perf record`.
fn bench_serialize() -> Res<()> {
    let dir = tempfile::tempdir()?;
    let big = dir.path().join("big.csv");
    write_dataset(&big, 200, 500)?;
    let t0 = Instant::now();
    for _ in 0..5 {
        read_file(&big, InputFormat::Csv)?;
    }
    println!(
        "read: {:.2} us/row",
        t0.elapsed().as_secs_f64() * 1e6 / 500_000.0
    );
    let read = read_file(&big, InputFormat::Csv)?;
    let t = telemetry::derive(&read.rows, &fleetctl::dataset::vehicle_ids(&read.rows));
    let meta = ReplayMetadata {
        replay_session_id: "bench".into(),
        replay_rate: 0.0,
    };
    let ids: Vec<String> = read.rows.iter().map(|r| r.vehicle_id()).collect();
    let mut buf = Vec::new();
    let t0 = Instant::now();
    for _ in 0..10 {
        for ((r, t), id) in read.rows.iter().zip(&t).zip(&ids) {
            buf.clear();
            let e = telemetry::event_of(id.clone(), r, t, &meta, 0, 0);
            serde_json::to_writer(&mut buf, &e)?;
        }
    }
    println!(
        "build + serialize: {:.2} us/event",
        t0.elapsed().as_secs_f64() * 1e6 / (10.0 * read.rows.len() as f64)
    );
    Ok(())
}
