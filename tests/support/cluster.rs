//! A 3-node Apache Kafka cluster of the test's own (scripts/kafka.sh in a temporary directory),
//! stopped when dropped, and the chaos scripts run against it.

use std::process::{Command, Stdio};
use std::time::Duration;

use fleetctl::settings::KafkaSettings;
use serde_json::Value;

use super::{repo_root, World};

/// A 3-node cluster in a temporary directory.
pub struct Cluster {
    /// Its directory (kafka.sh --dir).
    pub dir: tempfile::TempDir,
    /// Bootstrap servers.
    pub bootstrap: String,
}

impl Cluster {
    /// Starts three combined broker+controller nodes and waits until they answer.
    pub fn start() -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().display().to_string();
        let out = super::kafka_sh(&["start", "--nodes", "3", "--dir", &d]);
        Cluster {
            bootstrap: out.trim().to_string(),
            dir,
        }
    }

    /// Connection settings for readers of this cluster.
    pub fn settings(&self) -> KafkaSettings {
        KafkaSettings {
            brokers: Some(self.bootstrap.clone()),
            properties: Vec::new(),
            timeout: Duration::from_secs(30),
        }
    }

    /// A context named after the world's prefix, on this cluster, with replication factor 3,
    /// made current: every `w.cmd()` then talks to the cluster.
    pub fn use_in(&self, w: &World) {
        w.cmd()
            .args([
                "config",
                "set-context",
                "cluster",
                "--brokers",
                &self.bootstrap,
            ])
            .args(["--replication-factor", "3", "--topic-prefix", &w.prefix])
            .arg("--use")
            .run()
            .expect(0);
    }

    /// Waits (at most `limit`) until `scripts/kafka.sh status` reports a node down.
    pub fn wait_node_down(&self, limit: Duration) {
        let start = std::time::Instant::now();
        loop {
            let out = Command::new(repo_root().join("scripts/kafka.sh"))
                .args(["status", "--dir"])
                .arg(self.dir.path())
                .stdin(Stdio::null())
                .output()
                .expect("kafka.sh status runs");
            if String::from_utf8_lossy(&out.stdout).contains(" down") {
                return;
            }
            assert!(
                start.elapsed() < limit,
                "no node went down within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// scripts/chaos/SCRIPT --dir DIR ARGS: its JSON lines, and whether it succeeded.
    pub fn chaos(&self, script: &str, args: &[&str]) -> (bool, Vec<Value>) {
        let out = Command::new(repo_root().join("scripts/chaos").join(script))
            .arg("--dir")
            .arg(self.dir.path())
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("chaos script runs");
        let events = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{script}: {e}: {l}")))
            .collect();
        eprintln!(
            "{script} {args:?}: {}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            if out.status.success() {
                std::borrow::Cow::Borrowed("")
            } else {
                String::from_utf8_lossy(&out.stderr)
            }
        );
        (out.status.success(), events)
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
