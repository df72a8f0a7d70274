//! Operations against the real broker: dlq inspect and replay (resumable, loop guard, re-signing),
//! lag, doctor exit codes, and the metrics endpoint scraped over HTTP.

use std::collections::BTreeSet;
use std::time::Duration;

use fleetctl::kafka::dlq::h;
use fleetctl::model::command::{Action, Target};
use fleetctl::ops::dlq::{watermarks, Cursor, Entry};
use fleetctl::signing::envelope::{Signer, Verifier};
use fleetctl::signing::{Keyring, Role};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord};
use serde_json::Value;

use crate::support::kafka::{fleet_world, produce, settings, signer};
use crate::support::{broker, World};

/// A dead letter as the executor writes it: original bytes, the headers of src/kafka/dlq.rs.
struct Dead {
    key: String,
    value: Vec<u8>,
    class: &'static str,
    replays: u32,
}

fn command(s: &Signer, robot: &str, i: u32) -> Dead {
    let signed = s.command(
        Target::Robot(robot.into()),
        Some("zone-1".into()),
        Action::MoveTo {
            x: f64::from(i),
            y: 1.0,
        },
        false,
    );
    Dead {
        key: robot.into(),
        value: signed.bytes,
        class: "execute_failed",
        replays: 0,
    }
}

/// Produces dead letters into the world's DLQ with a plain producer.
fn dead_letter(w: &World, entries: &[Dead]) {
    let topic = w.topic("robot-commands-dlq");
    let original = w.topic("robot-commands");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let p: FutureProducer = fleetctl::kafka::client::producer(&settings(), &[]).unwrap();
        for (i, d) in entries.iter().enumerate() {
            let offset = i.to_string();
            let replays = d.replays.to_string();
            let mut hs = OwnedHeaders::new();
            for (k, v) in [
                (h::TOPIC, original.as_str()),
                (h::PARTITION, "0"),
                (h::OFFSET, offset.as_str()),
                (h::TIMESTAMP, "0"),
                (h::GROUP, "executor"),
                (h::STAGE, "execute"),
                (h::ERROR_CLASS, d.class),
                (h::ERROR_MESSAGE, "test failure"),
                (h::ATTEMPTS, "1"),
                (h::REPLAYS, replays.as_str()),
                (h::VERSION, "0.1.0"),
            ] {
                hs = hs.insert(Header {
                    key: k,
                    value: Some(v.as_bytes()),
                });
            }
            let r: FutureRecord<'_, str, [u8]> = FutureRecord::to(&topic)
                .key(d.key.as_str())
                .payload(d.value.as_slice())
                .headers(hs);
            p.send(r, Duration::from_secs(10))
                .await
                .map_err(|(e, _)| e)
                .expect("produced");
        }
    });
}

/// Every record of a topic with its headers.
fn entries(w: &World, base: &str) -> Vec<Entry> {
    let s = settings();
    let c = fleetctl::kafka::client::reader(&s).unwrap();
    let topic = w.topic(base);
    let ranges = watermarks(&c, &topic, s.timeout, &broker()).unwrap();
    let mut cur = Cursor::open(&c, &topic, &ranges).unwrap();
    let mut out = Vec::new();
    while let Some(e) = cur.next().unwrap() {
        out.push(e);
    }
    out
}

fn command_id(e: &Entry) -> String {
    e.command().expect("a command").command_id.to_string()
}

fn replay(w: &World, extra: &[&str]) -> (i32, Value) {
    let out = w
        .kafka()
        .args(["--format", "json", "dlq", "replay"])
        .args(extra)
        .run();
    let code = out.code;
    assert!(
        code == 0 || code == 4,
        "exit {code}: {}{}",
        out.stdout,
        out.stderr
    );
    (code, out.json())
}

#[test]
fn inspect_decodes_filters_and_groups() {
    let w = fleet_world("dlqinspect", 4);
    let s = signer(&w, Role::Control);
    let mut dead = vec![command(&s, "robot-0001", 1), command(&s, "robot-0002", 2)];
    for _ in 0..3 {
        dead.push(Dead {
            key: "robot-0003".into(),
            value: b"{not json".to_vec(),
            class: "malformed",
            replays: 0,
        });
    }
    dead_letter(&w, &dead);
    let all: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect"])
        .run()
        .expect(0)
        .json();
    assert_eq!(all.len(), 5);
    let ids: BTreeSet<&str> = all
        .iter()
        .filter_map(|e| e["command"]["command_id"].as_str())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(all
        .iter()
        .all(|e| e["type"] == "dlq_entry" && e["error_message"] == "test failure"));
    let malformed: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--error-class"])
        .arg("malformed")
        .run()
        .expect(0)
        .json();
    assert_eq!(malformed.len(), 3);
    assert!(malformed.iter().all(|e| e["command"].is_null()));
    let one: Vec<Value> = w
        .kafka()
        .args([
            "--format",
            "json",
            "dlq",
            "inspect",
            "--robot",
            "robot-0002",
        ])
        .run()
        .expect(0)
        .json();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["command"]["target"]["id"], "robot-0002");
    let capped: Vec<Value> = w
        .kafka()
        .args([
            "--format", "json", "dlq", "inspect", "--max", "2", "--since", "1h",
        ])
        .run()
        .expect(0)
        .json();
    assert_eq!(capped.len(), 2);
    let none: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--until"])
        .arg("2000-01-01T00:00:00Z")
        .run()
        .expect(0)
        .json();
    assert!(none.is_empty());
    let hist: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--group-by", "reason"])
        .run()
        .expect(0)
        .json();
    assert_eq!(hist[0]["key"], "malformed");
    assert_eq!(hist[0]["count"], 3);
    assert_eq!(hist[1]["key"], "execute_failed");
    // Inspecting commits nothing: the replay group still has the whole backlog.
    let (_, dry) = replay(&w, &["--dry-run"]);
    assert_eq!(dry["backlog"], 5);
    assert_eq!(dry["replayed"], 5);
    assert_eq!(dry["routes"][w.topic("robot-commands")], 5);
    assert!(entries(&w, "robot-commands").is_empty());
}

#[test]
fn replay_is_resumable_guarded_and_executes_once() {
    let w = fleet_world("dlqreplay", 4);
    let s = signer(&w, Role::Control);
    let n = 10;
    let dead: Vec<Dead> = (0..n)
        .map(|i| command(&s, &format!("robot-{:04}", i % 4 + 1), i))
        .collect();
    let want: BTreeSet<String> = dead
        .iter()
        .map(|d| {
            fleetctl::signing::envelope::decode_unverified(&d.value)
                .unwrap()
                .command_id
                .to_string()
        })
        .collect();
    dead_letter(&w, &dead);

    // Without a terminal and without --yes nothing is sent.
    let refused = w.kafka().args(["dlq", "replay"]).run();
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(entries(&w, "robot-commands").is_empty());

    // Interrupted half-way (--max 5), then re-run: every entry exactly once.
    let (code, first) = replay(&w, &["--yes", "--max", "5"]);
    assert_eq!((code, first["replayed"].as_u64()), (0, Some(5)));
    assert_eq!(first["backlog"], n);
    let (code, second) = replay(&w, &["--yes"]);
    assert_eq!((code, second["replayed"].as_u64()), (0, Some(5)));
    let replayed = entries(&w, "robot-commands");
    assert_eq!(replayed.len(), n as usize);
    let got: BTreeSet<String> = replayed.iter().map(command_id).collect();
    assert_eq!(got, want);
    for e in &replayed {
        assert_eq!(e.replays(), 1);
        let count = e.headers.iter().filter(|(k, _)| k == h::REPLAYS).count();
        assert_eq!(count, 1, "the replay count is replaced, not appended");
        assert_eq!(e.header(h::ERROR_CLASS).as_deref(), Some("execute_failed"));
    }
    let originals: BTreeSet<Vec<u8>> = dead.iter().map(|d| d.value.clone()).collect();
    assert!(replayed
        .iter()
        .all(|e| originals.contains(e.value.as_ref().unwrap())));

    // A third run finds nothing: the group resumed at the end; its lag is the backlog, zero.
    let (code, third) = replay(&w, &["--yes"]);
    assert_eq!((code, third["replayed"].as_u64()), (0, Some(0)));
    assert_eq!(entries(&w, "robot-commands").len(), n as usize);
    let group = format!("{}fleetctl-dlq-replay", w.prefix);
    let lag: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "lag", "--group", &group])
        .run()
        .expect(0)
        .json();
    assert!(!lag.is_empty());
    assert!(lag.iter().all(|r| r["lag"] == 0));

    // The loop guard: entries replayed --max-replays times are skipped and reported.
    let mut looping = command(&s, "robot-0001", 99);
    looping.replays = 3;
    let mut once_more = command(&s, "robot-0002", 98);
    once_more.replays = 1;
    dead_letter(&w, &[looping, once_more]);
    let (code, guarded) = replay(&w, &["--yes"]);
    assert_eq!(code, 4);
    assert_eq!(guarded["skipped_loop_guard"], 1);
    assert_eq!(guarded["replayed"], 1);
    assert_eq!(guarded["entries"][0]["outcome"], "skipped_loop_guard");
    let after = entries(&w, "robot-commands");
    assert_eq!(after.len(), n as usize + 1);
    assert!(after.iter().any(|e| e.replays() == 2));

    // The executor runs every replayed command once.
    let summary: Value = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--exit-when-idle",
            "3s",
        ])
        .args(["--duration", "60s"])
        .run()
        .expect(0)
        .json();
    assert!(summary.is_object());
    let mut executed: Vec<String> =
        crate::support::kafka::read_all(&w, "robot-command-completions")
            .iter()
            .map(|r| r.json())
            .filter(|v| v["status"] == "EXECUTED")
            .map(|v| v["command_id"].as_str().unwrap().to_string())
            .collect();
    let total = executed.len();
    executed.sort();
    executed.dedup();
    assert_eq!(total, executed.len(), "a command executed twice");
    assert_eq!(total, n as usize + 1);
}

#[test]
fn expired_commands_need_resign() {
    let w = fleet_world("dlqresign", 2);
    let mut s = signer(&w, Role::Control);
    s.ttl = Duration::from_millis(1);
    let dead = command(&s, "robot-0001", 1);
    let original = fleetctl::signing::envelope::decode_unverified(&dead.value).unwrap();
    dead_letter(&w, &[dead]);
    std::thread::sleep(Duration::from_millis(5));

    let (code, skipped) = replay(&w, &["--yes"]);
    assert_eq!(code, 4);
    assert_eq!(skipped["skipped_expired"], 1);
    assert_eq!(skipped["replayed"], 0);
    assert!(entries(&w, "robot-commands").is_empty());

    // The skipped entry held its place: a re-run with --resign picks it up.
    let (code, resigned) = replay(&w, &["--yes", "--resign", "--ttl", "5m"]);
    assert_eq!(code, 0);
    assert_eq!(resigned["resigned"], 1);
    let out = entries(&w, "robot-commands");
    assert_eq!(out.len(), 1);
    let ring = Keyring::load(&w.config_dir().join("keys")).unwrap();
    let verified = Verifier::new(ring)
        .verify(
            out[0].key.as_deref(),
            out[0].value.as_deref(),
            fleetctl::model::now_ms(),
        )
        .expect("the re-signed command verifies");
    assert_eq!(verified.command.command_id, original.command_id);
    assert_eq!(verified.command.issuer, Role::Operator);
    assert_eq!(verified.command.action, original.action);
}

/// Commits `offset` on every partition of robot-commands that has records, for `group`.
fn commit(w: &World, group: &str, offset: i64) {
    use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
    use rdkafka::{Offset, TopicPartitionList};
    let mut cfg = fleetctl::kafka::client_config(&settings()).unwrap();
    cfg.set("group.id", group);
    let c: BaseConsumer = cfg.create().unwrap();
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
