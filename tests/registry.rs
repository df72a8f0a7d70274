//! Schemas and the wire format against a real schema registry: Apicurio Registry's Confluent API
//! (scripts/registry.sh, started by scripts/test.sh). Every test's subjects carry its world's
//! topic prefix, so tests share the registry without seeing each other. The offline check needs
//! no registry.

mod readers;
mod replay;
mod secured;

use std::collections::BTreeSet;
use std::process::Command;

use fleetctl::catalog::names;
use fleetctl::model::fleet::ControlTelemetry;
use fleetctl::registry::{RegistryClient, RegistrySettings};
use fleetctl::schemas::wire::{header, Decoder};
use fleetctl::schemas::Kind;
use serde_json::Value;

use crate::support::kafka::{fleet_world_with, produce, read_all};
use crate::support::{repo_root, World};

/// The registry scripts/test.sh started; without one the test is skipped (or fails where the
/// suite requires every component).
fn registry() -> Option<String> {
    let url = std::env::var("FLEETCTL_TEST_SCHEMA_REGISTRY")
        .ok()
        .filter(|v| !v.is_empty());
    if url.is_none() {
        assert!(
            std::env::var_os("FLEETCTL_REQUIRE_REGISTRY").is_none(),
            "FLEETCTL_TEST_SCHEMA_REGISTRY is not set but FLEETCTL_REQUIRE_REGISTRY is"
        );
        eprintln!("skipping: FLEETCTL_TEST_SCHEMA_REGISTRY is not set (scripts/registry.sh)");
    }
    url
}

fn client(url: &str) -> RegistryClient {
    RegistryClient::new(&RegistrySettings {
        url: Some(url.to_string()),
        timeout: std::time::Duration::from_secs(10),
        ..Default::default()
    })
    .unwrap()
}

fn rows(out: &crate::support::Out) -> Vec<Value> {
    out.ndjson()
}

fn steps(rows: &[Value]) -> BTreeSet<String> {
    rows.iter()
        .map(|r| r["step"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn register_is_idempotent_and_check_names_breaking_changes() {
    let Some(url) = registry() else { return };
    let w = World::new("schemas");
    let run = |args: &[&str], code: i32| {
        w.cmd()
            .env("SCHEMA_REGISTRY_URL", &url)
            .env("FLEETCTL_TOPIC_PREFIX", &w.prefix)
            .args(["--format", "ndjson", "schemas"])
            .args(args)
            .run()
            .expect(code)
    };
    let plan = rows(&run(&["register", "--dry-run"], 0));
    assert_eq!(plan.len(), 15);
    assert_eq!(steps(&plan), BTreeSet::from(["register".to_string()]));
    let applied = rows(&run(&["register"], 0));
    assert_eq!(steps(&applied), BTreeSet::from(["registered".to_string()]));
    assert!(applied.iter().all(|r| r["compatibility"] == "BACKWARD"));
    let again = rows(&run(&["register"], 0));
    assert_eq!(steps(&again), BTreeSet::from(["unchanged".to_string()]));
    let ids = |rs: &[Value]| rs.iter().map(|r| r["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&applied), ids(&again));
    let checked = rows(&run(&["check"], 0));
    assert_eq!(steps(&checked), BTreeSet::from(["compatible".to_string()]));

    // Another fleet whose registered versions the code cannot read: a JSON Schema with a
    // required field the code dropped, and an Avro schema whose `seq` was a string.
    let w = World::new("schemas-old");
    let run = |args: &[&str], code: i32| {
        w.cmd()
            .env("SCHEMA_REGISTRY_URL", &url)
            .env("FLEETCTL_TOPIC_PREFIX", &w.prefix)
            .args(["--format", "ndjson", "schemas"])
            .args(args)
            .run()
            .expect(code)
    };
    let c = client(&url);
    let actions = format!("{}operator_actions-value", w.prefix);
    let mut old: Value = serde_json::from_str(
        fleetctl::schemas::find(names::OPERATOR_ACTIONS, Kind::Json)
            .unwrap()
            .text,
    )
    .unwrap();
    old["required"].as_array_mut().unwrap().push("shift".into());
    old["properties"]["shift"] = serde_json::json!({"type": "string"});
    c.set_compatibility(&actions, "NONE").unwrap();
    c.register(&actions, Kind::Json, &old.to_string()).unwrap();
    let control = format!("{}robot-telemetry-control-value", w.prefix);
    let avro = fleetctl::schemas::find(names::TELEMETRY_CONTROL, Kind::Avro)
        .unwrap()
        .text
        .replace(
            r#"{"name": "seq", "type": "long"}"#,
            r#"{"name": "seq", "type": "string"}"#,
        );
    c.set_compatibility(&control, "NONE").unwrap();
    c.register(&control, Kind::Avro, &avro).unwrap();

    let out = run(&["check"], 4);
    let all = rows(&out);
    let bad: Vec<&Value> = all.iter().filter(|r| r["step"] == "incompatible").collect();
    assert_eq!(bad.len(), 2, "{}", out.stdout);
    let problem = |subject: &str| {
        let r = bad.iter().find(|r| r["subject"] == subject).unwrap();
        (
            r["problems"][0]["field"].as_str().unwrap().to_string(),
            r["problems"][0]["rule"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        problem(&actions),
        ("shift".into(), "required field removed".into())
    );
    assert_eq!(problem(&control), ("seq".into(), "type changed".into()));
    assert!(
        out.stderr.contains("not BACKWARD compatible"),
        "{}",
        out.stderr
    );
    // register leaves incompatible subjects alone, registers the rest, and exits 4 too
    let refused = rows(&run(&["register"], 4));
    let count = |step: &str| refused.iter().filter(|r| r["step"] == step).count();
    assert_eq!((count("incompatible"), count("registered")), (2, 13));
    assert_eq!(c.latest(&actions).unwrap().unwrap().text, old.to_string());
}

#[test]
fn offline_check_against_committed_files() {
    let w = World::new("schemas-offline");
    let committed = repo_root().join("docs/schemas");
    let out = w
        .cmd()
        .args([
            "--format",
            "ndjson",
            "schemas",
            "check",
            "--offline",
            "--against",
        ])
        .arg(&committed)
        .run()
        .expect(0);
    assert_eq!(
        steps(&out.ndjson()),
        BTreeSet::from(["compatible".to_string()])
    );
    // An older committed version in which anomalies had a required field the code lacks, and
    // raw_telemetry's Avro `frame_index` was a double the code now reads as a long.
    let dir = w.dir.path().join("old");
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(&committed).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    let path = dir.join("anomalies.json");
    let mut old: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    old["required"].as_array_mut().unwrap().push("site".into());
    old["properties"]["site"] = serde_json::json!({"type": "string"});
    std::fs::write(&path, old.to_string()).unwrap();
    let path = dir.join("raw_telemetry.avsc");
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replace(
        "\"name\": \"frame_index\",\n      \"type\": \"long\"",
        "\"name\": \"frame_index\",\n      \"type\": \"double\"",
    );
    assert_ne!(text, changed);
    std::fs::write(&path, changed).unwrap();
    let out = w
        .cmd()
        .args([
            "--format",
            "ndjson",
            "schemas",
            "check",
            "--offline",
            "--against",
        ])
        .arg(&dir)
        .run()
        .expect(4);
    let bad: Vec<(String, String)> = out
        .ndjson()
        .iter()
        .filter(|r| r["step"] == "incompatible")
        .map(|r| {
            (
                r["topic"].as_str().unwrap().to_string(),
                r["problems"][0]["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        bad,
        [
            ("anomalies".to_string(), "site".to_string()),
            ("raw_telemetry".to_string(), "frame_index".to_string()),
        ]
    );
}

/// Runs python3 with confluent-kafka's Schema Registry serializers.
fn python(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const PY_READ: &str = r#"
import json, sys
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import SerializationContext, MessageField
brokers, url, topic = sys.argv[1:4]
de = AvroDeserializer(SchemaRegistryClient({"url": url}))
c = Consumer({"bootstrap.servers": brokers, "group.id": "py-" + topic, "auto.offset.reset": "earliest"})
md = c.list_topics(topic, timeout=10).topics[topic]
c.assign([TopicPartition(topic, p, 0) for p in md.partitions])
seen, idle = [], 0
while idle < 5:
    m = c.poll(1.0)
    if m is None:
        idle += 1
        continue
    v = de(m.value(), SerializationContext(topic, MessageField.VALUE))
    seen.append({"key": m.key().decode(), "robot_id": v["robot_id"], "status": v["status"], "seq": v["seq"]})
print(json.dumps(seen))
"#;

const PY_WRITE: &str = r#"
import sys, time
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
brokers, url, topic, schema = sys.argv[1:5]
ser = AvroSerializer(SchemaRegistryClient({"url": url}), open(schema).read())
p = Producer({"bootstrap.servers": brokers})
now = int(time.time() * 1000)
for i in range(1, 4):
    rid = "py-%04d" % i
    v = {"robot_id": rid, "zone": "zone-1", "seq": i, "ts_ms": now, "position": {"x": 1.0, "y": 2.0},
         "heading_deg": 0.0, "velocity_mps": 0.0, "battery_pct": 10.0, "status": "IDLE"}
    p.produce(topic, key=rid, value=ser(v, SerializationContext(topic, MessageField.VALUE)))
p.flush(10)
"#;

/// Avro telemetry end to end: simulate writes it, confluent-kafka's AvroDeserializer reads it,
/// confluent-kafka's AvroSerializer writes more, the control center reads both, and a record
/// framed with an id the registry does not have goes to the DLQ with the reason.
#[test]
fn avro_telemetry_between_fleetctl_and_confluent_kafka() {
    crate::needs_broker!();
    let Some(url) = registry() else { return };
    let w = fleet_world_with("avro", 5, &["control"]);
    let reg = |r: &mut crate::support::Run| {
        r.env("SCHEMA_REGISTRY_URL", &url);
    };
    let mut sim = w.kafka();
    reg(&mut sim);
    sim.args([
        "--format",
        "json",
        "simulate",
        "--robots",
        "5",
        "--interval",
        "0.5",
    ])
    .args(["--duration", "2s", "--value-format", "avro-sr"])
    .run()
    .expect(0);
    let written = read_all(&w, names::TELEMETRY_CONTROL);
    assert!(written.len() >= 10, "{} records", written.len());
    assert!(
        written.iter().all(|r| r.bytes()[0] == 0),
        "every record is framed"
    );
    let decoder = Decoder::new(
        Some(std::sync::Arc::new(client(&url))),
        names::TELEMETRY_CONTROL,
    );
    for r in &written {
        let t: ControlTelemetry = decoder.decode(r.bytes()).unwrap();
        assert_eq!(t.robot_id, r.key_str());
    }

    let topic = w.topic(names::TELEMETRY_CONTROL);
    let brokers = crate::support::broker();
    let seen: Vec<Value> =
        serde_json::from_str(&python(PY_READ, &[&brokers, &url, &topic])).unwrap();
    assert_eq!(seen.len(), written.len());
    assert!(seen.iter().all(|v| v["key"] == v["robot_id"]));

    let schema = repo_root().join("docs/schemas/robot-telemetry-control.avsc");
    python(
        PY_WRITE,
        &[&brokers, &url, &topic, schema.to_str().unwrap()],
    );
    let mut unknown = header(999_999).to_vec();
    unknown.extend_from_slice(b"\x02x");
    produce(
        &w,
        names::TELEMETRY_CONTROL,
        &[(Some("robot-0001".into()), Some(unknown))],
    );

    let mut cc = w.kafka();
    reg(&mut cc);
    let s: Value = cc
        .args([
            "--format",
            "json",
            "run",
            "control-center",
            "--duration",
            "8s",
        ])
        .run()
        .expect(0)
        .json();
    let total = written.len() as u64 + 4;
    assert_eq!(s["telemetry_read"].as_u64(), Some(total), "{s}");
    assert_eq!(s["malformed"], 1, "{s}");
    assert_eq!(
        s["robots_seen"], 8,
        "5 simulated robots and 3 from Python: {s}"
    );
    let dlq = read_all(&w, names::DLQ);
    assert_eq!(dlq.len(), 1);
    assert_eq!(
        dlq[0].header("fleetctl.error.class"),
        Some("unknown_schema")
    );
    assert!(dlq[0]
        .header("fleetctl.error.message")
        .unwrap()
        .contains("999999"));
}
