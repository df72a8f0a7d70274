//! The catalog against a real broker: plan, create, idempotent re-run, drift, dry-run, list, describe.

use serde_json::Value;

use crate::support::{broker, World};

fn plan(w: &World, extra: &[&str]) -> (i32, Vec<Value>) {
    let out = w
        .kafka()
        .args(["--format", "json", "topics", "create"])
        .args(extra)
        .run();
    let rows: Vec<Value> = out.json();
    assert!(rows.iter().all(|r| r["type"] == "topic_plan"));
    (out.code, rows)
}

fn count(rows: &[Value], action: &str) -> usize {
    rows.iter().filter(|r| r["action"] == action).count()
}

/// Topic names an independent client (confluent-kafka from PyPI) sees on the broker.
fn independent_topics(prefix: &str) -> Vec<String> {
    let script = format!(
        "import json, confluent_kafka.admin as a\n\
         md = a.AdminClient({{'bootstrap.servers': '{}'}}).list_topics(timeout=10)\n\
         print(json.dumps(sorted(t for t in md.topics if t.startswith('{prefix}'))))",
        broker()
    );
    serde_json::from_slice(&python(&script)).unwrap()
}

/// Runs a python3 script that uses confluent-kafka (the independent client); returns its stdout.
fn python(script: &str) -> Vec<u8> {
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "confluent-kafka check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn plan_create_rerun_unchanged() {
    crate::needs_broker!();
    let w = World::new("create");
    let (code, rows) = plan(&w, &["--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(rows.len(), 13);
    assert_eq!(count(&rows, "create"), 13);
    // a dry run changes nothing
    let (_, again) = plan(&w, &["--dry-run"]);
    assert_eq!(count(&again, "create"), 13);
    assert!(independent_topics(&w.prefix).is_empty());

    let (code, rows) = plan(&w, &[]);
    assert_eq!(code, 0, "{rows:?}");
    assert_eq!(count(&rows, "created"), 13);
    let seen = independent_topics(&w.prefix);
    assert_eq!(seen.len(), 13, "{seen:?}");
    assert!(seen.contains(&w.topic("robot-emergency-halt")));

    let (code, rows) = plan(&w, &[]);
    assert_eq!(code, 0);
    assert_eq!(count(&rows, "unchanged"), 13, "{rows:#?}");

    // list and describe agree with the catalog
    let list: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "topics", "list"])
        .run()
        .expect(0)
        .json();
    assert_eq!(list.len(), 13);
    assert!(list.iter().all(|t| t["status"] == "ok"), "{list:#?}");
    let halt = list
        .iter()
        .find(|t| t["catalog_name"] == "robot-emergency-halt")
        .unwrap();
    assert_eq!(halt["actual_partitions"], 1);
    let cmds = list
        .iter()
        .find(|t| t["catalog_name"] == "robot-commands")
        .unwrap();
    assert_eq!(
        cmds["actual_partitions"], 10,
        "1000 robots by default: 10 partitions"
    );

    let desc: Vec<Value> = w
        .kafka()
        .args([
            "--format",
            "json",
            "topics",
            "describe",
            "robot-idempotency-store",
        ])
        .run()
        .expect(0)
        .json();
    assert_eq!(desc.len(), 1);
    assert_eq!(desc[0]["configs"]["cleanup.policy"], "compact,delete");
    assert_eq!(desc[0]["actual_configs"]["retention.ms"], "604800000");

    let nd = w
        .kafka()
        .args(["--format", "ndjson", "topics", "list"])
        .run()
        .expect(0)
        .ndjson();
    assert_eq!(nd.len(), 13);
    assert!(nd.iter().all(|v| v["type"] == "topic"));
    w.kafka()
        .args(["topics", "describe", "no-such-topic"])
        .run()
        .expect(6);
}

#[test]
fn wrong_partition_count_is_drift_never_altered() {
    crate::needs_broker!();
    let w = World::new("drift");
    // Pre-create robot-commands with 1 partition using the catalog overrides of another context.
    w.cmd()
        .args([
            "config",
            "set-context",
            "skew",
            "--brokers",
            &broker(),
            "--topic-prefix",
            &w.prefix,
        ])
        .run()
        .expect(0);
    let cfg = w.config_dir().join("config.toml");
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str("\n[contexts.skew.topics.robot-commands]\npartitions = 1\n");
    std::fs::write(&cfg, text).unwrap();
    let mut c = w.cmd();
    let out = c
        .args(["--context", "skew", "--format", "json", "topics", "create"])
        .run()
        .expect(0);
    let _: Vec<Value> = out.json();
    // The skew context became current as the first one; the rest of the test uses the plain catalog.
    w.cmd()
        .args(["config", "delete-context", "skew"])
        .run()
        .expect(0);

    let (code, rows) = plan(&w, &[]);
    assert_eq!(code, 4, "drift exits with the partial code");
    let drift: Vec<&Value> = rows.iter().filter(|r| r["action"] == "drift").collect();
    assert_eq!(drift.len(), 1, "{rows:#?}");
    assert_eq!(drift[0]["name"], w.topic("robot-commands"));
    assert_eq!(drift[0]["differences"][0]["setting"], "partitions");
    assert_eq!(drift[0]["differences"][0]["actual"], "1");
    assert_eq!(drift[0]["differences"][0]["expected"], "10");
    assert_eq!(count(&rows, "unchanged"), 12);

    let (code, _) = plan(&w, &["--dry-run"]);
    assert_eq!(code, 4, "a dry run reports drift with the same code");
    let desc: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "topics", "describe", "robot-commands"])
        .run()
        .expect(0)
        .json();
    assert_eq!(desc[0]["actual_partitions"], 1, "drift is never altered");
    assert_eq!(desc[0]["status"], "drift");
}

#[test]
fn fleet_size_scales_partitions() {
    crate::needs_broker!();
    let w = World::new("scale");
    let (_, rows) = plan(&w, &["--dry-run", "--robots", "2500"]);
    let cmds = rows
        .iter()
        .find(|r| r["name"] == w.topic("robot-commands"))
        .unwrap();
    assert_eq!(cmds["partitions"], 25);
    let raw = rows
        .iter()
        .find(|r| r["name"] == w.topic("raw_telemetry"))
        .unwrap();
    assert_eq!(raw["partitions"], 6);
    let mut c = w.kafka();
    let out = c
        .env("DEFAULT_NUM_ROBOTS", "50")
        .args(["--format", "json", "topics", "create", "--dry-run"])
        .run();
    let rows: Vec<Value> = out.json();
    let cmds = rows
        .iter()
        .find(|r| r["name"] == w.topic("robot-commands"))
        .unwrap();
    assert_eq!(cmds["partitions"], 3, "at least 3 partitions");
}

#[test]
fn config_changed_by_another_client_is_drift() {
    crate::needs_broker!();
    let w = World::new("cfgdrift");
    let (code, _) = plan(&w, &[]);
    assert_eq!(code, 0);
    // Another client (confluent-kafka, IncrementalAlterConfigs) shortens a retention.
    let topic = w.topic("robot-commands");
    let script = format!(
        "import confluent_kafka.admin as a\n\
         c = a.AdminClient({{'bootstrap.servers': '{}'}})\n\
         e = a.ConfigEntry('retention.ms', '3600000', incremental_operation=a.AlterConfigOpType.SET)\n\
         r = a.ConfigResource(a.ResourceType.TOPIC, '{topic}', incremental_configs=[e])\n\
         [f.result() for f in c.incremental_alter_configs([r]).values()]",
        broker()
    );
    python(&script);
    let (code, rows) = plan(&w, &[]);
    assert_eq!(code, 4, "drift exits with the partial code");
    let drift: Vec<&Value> = rows.iter().filter(|r| r["action"] == "drift").collect();
    assert_eq!(drift.len(), 1, "{rows:#?}");
    assert_eq!(drift[0]["name"], topic);
    assert_eq!(drift[0]["differences"][0]["setting"], "retention.ms");
    assert_eq!(drift[0]["differences"][0]["actual"], "3600000");
    assert_eq!(count(&rows, "unchanged"), 12);
}
