//! A replicated cluster: with `replication-factor = 3` against a 3-node Apache Kafka cluster
//! (started by this test with scripts/kafka.sh, so it runs in its own group), `topics create`
//! makes every topic RF 3 with `min.insync.replicas=2`, `topics describe` shows it, drift of the
//! min ISR is reported with exit 4. (Broker failure is not tested yet: a simulator started
//! right after a broker is killed still failed here within its broker timeout, on a request the
//! retries of `kafka::client::while_transient` do not cover yet.)

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::{repo_root, World};

/// A 3-node cluster in a temporary directory, stopped when dropped.
struct Cluster {
    /// Its directory (kafka.sh --dir).
    dir: tempfile::TempDir,
    /// Bootstrap servers.
    bootstrap: String,
}

impl Cluster {
    fn start() -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let out = kafka_sh(&["start", "--nodes", "3", "--dir"], dir.path());
        Cluster {
            bootstrap: out.trim().to_string(),
            dir,
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(repo_root().join("scripts/kafka.sh"))
            .args(["stop", "--dir"])
            .arg(self.dir.path())
            .stdin(Stdio::null())
            .output();
    }
}

/// scripts/kafka.sh ARGS DIR (the cluster's directory last), which must succeed; its stdout.
fn kafka_sh(args: &[&str], dir: &std::path::Path) -> String {
    let dir = dir.display().to_string();
    let mut all = args.to_vec();
    all.push(&dir);
    crate::support::kafka_sh(&all)
}

#[test]
fn replicated_topics_on_three_brokers() {
    crate::needs_broker!();
    let cluster = Cluster::start();
    let w = World::new("rf3");
    w.cmd()
        .args([
            "config",
            "set-context",
            "rf3",
            "--brokers",
            &cluster.bootstrap,
        ])
        .args([
            "--replication-factor",
            "3",
            "--topic-prefix",
            &w.prefix,
            "--use",
        ])
        .run()
        .expect(0);
    let plan: Vec<Value> = w
        .cmd()
        .args(["--format", "json", "topics", "create", "--robots", "10"])
        .run()
        .expect(0)
        .json();
    assert_eq!(plan.len(), 13);
    assert!(
        plan.iter()
            .all(|r| r["action"] == "created" && r["replication"] == 3),
        "{plan:?}"
    );

    let described: Vec<Value> = w
        .cmd()
        .args(["--format", "json", "topics", "describe", "--robots", "10"])
        .run()
        .expect(0)
        .json();
    for t in &described {
        assert_eq!(t["actual_replication"], 3, "{t}");
        assert_eq!(t["actual_configs"]["min.insync.replicas"], "2", "{t}");
        assert!(t["differences"].as_array().unwrap().is_empty(), "{t}");
    }

    // Drift of the min ISR, made with Kafka's own tool, is reported and left alone.
    let commands = w.topic("robot-commands");
    crate::support::kafka_sh(&[
        "tool",
        "kafka.admin.ConfigCommand",
        "--bootstrap-server",
        &cluster.bootstrap,
        "--alter",
        "--entity-type",
        "topics",
        "--entity-name",
        &commands,
        "--add-config",
        "min.insync.replicas=1",
    ]);
    let again = w
        .cmd()
        .args(["--format", "json", "topics", "create", "--robots", "10"])
        .run();
    assert_eq!(again.code, 4, "{}", again.stderr);
    let rows: Vec<Value> = serde_json::from_str(&again.stdout).unwrap();
    let row = rows
        .iter()
        .find(|r| r["name"] == commands.as_str())
        .unwrap();
    assert_eq!(row["action"], "drift", "{row}");
    let diff = &row["differences"][0];
    assert_eq!(diff["setting"], "min.insync.replicas", "{row}");
    assert_eq!(
        (diff["expected"].as_str(), diff["actual"].as_str()),
        (Some("2"), Some("1"))
    );
}
