//! A replicated cluster: with `replication-factor = 3` against a 3-node Apache Kafka cluster
//! (started by this test with scripts/kafka.sh, so it runs in its own group), `topics create`
//! makes every topic RF 3 with `min.insync.replicas=2`, `topics describe` shows it, drift of the
//! min ISR is reported with exit 4. Faults on such a cluster are tested in `faults`.

use serde_json::Value;

use crate::support::cluster::Cluster;
use crate::support::World;

#[test]
fn replicated_topics_on_three_brokers() {
    crate::needs_broker!();
    let cluster = Cluster::start();
    let w = World::new("rf3");
    cluster.use_in(&w);
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
