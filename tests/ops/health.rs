//! lag, doctor exit codes, and the metrics endpoint scraped over HTTP and parsed.

use std::time::Duration;

use fleetctl::ops::dlq::watermarks;
use fleetctl::signing::Role;
use serde_json::Value;

use super::{command, dead_letter};
use crate::support::kafka::{fleet_world, produce, settings, signer};
use crate::support::{broker, World};

/// Commits `offset` on every partition of robot-commands that has records, for `group`.
fn commit(w: &World, group: &str, offset: i64) {
    use rdkafka::consumer::{CommitMode, Consumer};
    use rdkafka::{Offset, TopicPartitionList};
    let mut cfg = fleetctl::kafka::client_config(&settings()).unwrap();
    cfg.set("group.id", group);
    let c: fleetctl::kafka::client::KafkaReader = cfg
        .create_with_context(fleetctl::kafka::stats::Stats)
        .unwrap();
    let topic = w.topic("robot-commands");
    let mut tpl = TopicPartitionList::new();
    for (p, (_, hi)) in watermarks(&c, &topic, Duration::from_secs(10), &broker()).unwrap() {
        if hi > 0 {
            tpl.add_partition_offset(&topic, p, Offset::Offset(offset))
                .unwrap();
        }
    }
    c.commit(&tpl, CommitMode::Sync).unwrap();
}

#[test]
fn lag_and_doctor_exit_codes() {
    crate::needs_broker!();
    let w = fleet_world("lagdoctor", 2);
    let healthy: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "doctor", "--robots", "2"])
        .run()
        .expect(0)
        .json();
    assert!(healthy.iter().all(|c| c["type"] == "check"));
    assert!(healthy
        .iter()
        .any(|c| c["name"] == "topics" && c["status"] == "ok"));

    // One partition gets 10 records (one key); the group committed 4 of them.
    let records: Vec<_> = (0..10)
        .map(|i| {
            (
                Some("robot-0001".to_string()),
                Some(format!("{i}").into_bytes()),
            )
        })
        .collect();
    produce(&w, "robot-commands", &records);
    let group = format!("{}lagging", w.prefix);
    commit(&w, &group, 4);
    let rows: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "lag", "--group", &group])
        .run()
        .expect(0)
        .json();
    let row = rows
        .iter()
        .find(|r| r["log_end"] == 10)
        .expect("the partition with records");
    assert_eq!(
        (row["committed"].as_i64(), row["lag"].as_i64()),
        (Some(4), Some(6))
    );
    assert_eq!(row["topic"], w.topic("robot-commands"));
    w.kafka()
        .args(["lag", "--group", &group, "--max-lag", "5"])
        .run()
        .expect(8);
    w.kafka()
        .args(["lag", "--group", &group, "--max-lag", "6"])
        .run()
        .expect(0);
    let all: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "lag"])
        .run()
        .expect(0)
        .json();
    assert!(all
        .iter()
        .any(|r| r["group"] == group.as_str() && r["lag"] == 6));
    w.kafka()
        .args(["lag", "--group", "no-such-group"])
        .run()
        .expect(6);
    let lagging: Vec<Value> = w
        .kafka()
        .args([
            "--format",
            "json",
            "doctor",
            "--robots",
            "2",
            "--max-lag",
            "5",
        ])
        .run()
        .expect(8)
        .json();
    assert!(lagging
        .iter()
        .any(|c| c["name"] == format!("lag:{group}") && c["status"] == "fail"));

    // A DLQ backlog warns by default and fails above an explicit --max-dlq.
    dead_letter(&w, &[command(&signer(&w, Role::Control), "robot-0001", 1)]);
    let warned: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "doctor", "--robots", "2"])
        .run()
        .expect(0)
        .json();
    assert!(warned
        .iter()
        .any(|c| c["name"] == "dlq" && c["status"] == "warn"));
    w.kafka()
        .args(["doctor", "--robots", "2", "--max-dlq", "0"])
        .run()
        .expect(8);

    // Topics of another prefix do not exist: missing topics are exit 4.
    let empty = World::new("doctorempty");
    let missing: Vec<Value> = empty
        .kafka()
        .args(["--format", "json", "doctor", "--robots", "2"])
        .run()
        .expect(4)
        .json();
    assert!(missing
        .iter()
        .any(|c| c["name"] == "topics" && c["status"] == "fail"));

    // One catalog topic deleted with the admin API: exit 4, and the check names it.
    let gone = w.topic("operator_actions");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let admin = fleetctl::kafka::admin::Admin::new(&settings()).unwrap();
    let deleted = rt.block_on(admin.delete(&[gone.as_str()])).unwrap();
    assert!(deleted.iter().all(|(_, r)| r.is_ok()), "{deleted:?}");
    let one_missing: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "doctor", "--robots", "2"])
        .run()
        .expect(4)
        .json();
    let topics = one_missing.iter().find(|c| c["name"] == "topics").unwrap();
    assert_eq!(topics["status"], "fail");
    assert!(topics["detail"].as_str().unwrap().contains(&gone));

    // Nobody listening: exit 3.
    w.cmd()
        .args([
            "--brokers",
            "127.0.0.1:9",
            "--broker-timeout",
            "2s",
            "doctor",
        ])
        .run()
        .expect(3);
}

#[test]
fn metrics_endpoint_is_scraped_and_parsed() {
    crate::needs_broker!();
    use std::io::{Read, Write};
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let metrics = std::sync::Arc::new(fleetctl::metrics::Metrics::new());
    metrics.issued("control", "MOVE_TO");
    metrics.issued("control", "MOVE_TO");
    metrics.completed("EXECUTED");
    metrics.dlq_entries.inc();
    metrics.set_lag("robot-commands", 1, 42);
    metrics.transaction_duration.observe(0.01);
    let token = tokio_util::sync::CancellationToken::new();
    let listener = rt
        .block_on(fleetctl::metrics::bind("127.0.0.1:0".parse().unwrap()))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let server = rt.spawn(fleetctl::metrics::serve_on(
        listener,
        metrics.clone(),
        token.clone(),
    ));
    // The address is taken now: a second endpoint on it is refused before it starts.
    let taken = rt.block_on(fleetctl::metrics::spawn(
        addr,
        metrics.clone(),
        token.clone(),
    ));
    assert!(taken.is_err());

    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    write!(
        conn,
        "GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let scrape = prometheus_parse::Scrape::parse(body.lines().map(|l| Ok(l.to_string()))).unwrap();
    let value = |name: &str, label: Option<(&str, &str)>| {
        scrape
            .samples
            .iter()
            .find(|s| s.metric == name && label.is_none_or(|(k, v)| s.labels.get(k) == Some(v)))
            .map(|s| match s.value {
                prometheus_parse::Value::Counter(v)
                | prometheus_parse::Value::Gauge(v)
                | prometheus_parse::Value::Untyped(v) => v,
                _ => f64::NAN,
            })
    };
    assert_eq!(
        value("robot_commands_issued_total", Some(("action", "MOVE_TO"))),
        Some(2.0)
    );
    assert_eq!(
        value(
            "robot_command_completions_total",
            Some(("status", "EXECUTED"))
        ),
        Some(1.0)
    );
    assert_eq!(value("robot_dlq_entries_total", None), Some(1.0));
    assert_eq!(
        value("robot_consumer_lag", Some(("partition", "1"))),
        Some(42.0)
    );
    for name in [
        "robot_telemetry_processed_total",
        "robot_telemetry_sent_total",
        "robot_retries_total",
    ] {
        assert_eq!(value(name, None), Some(0.0), "{name}");
    }
    assert!(scrape
        .samples
        .iter()
        .any(|s| s.metric == "robot_transaction_duration_seconds"));

    token.cancel();
    rt.block_on(server).unwrap().unwrap();
}
