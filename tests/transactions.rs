//! Transaction error handling with librdkafka's mock cluster: the one place a mock is used, and
//! only for fault injection (a real broker cannot be made to answer one request with a chosen
//! error). Isolation, offsets and fencing are tested on Apache Kafka (`executor::crash`,
//! `executor::fencing`). The mock shows aborted records to read_committed readers, so checks
//! here use the executor's own summary and the latest robot-state record.

use std::collections::BTreeMap;
use std::time::Duration;

use fleetctl::catalog::{catalog, CatalogParams};
use fleetctl::kafka::embedded::EmbeddedBroker;
use fleetctl::model::command::{Action, Target};
use fleetctl::settings::KafkaSettings;
use fleetctl::signing::Role;
use rdkafka::producer::FutureRecord;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};
use serde_json::Value;

use crate::support::kafka::signer;
use crate::support::World;

struct MockFleet {
    world: World,
    broker: EmbeddedBroker,
}

fn mock_fleet(tag: &str) -> MockFleet {
    let world = World::new(tag);
    world
        .cmd()
        .args(["keygen", "--role", "control"])
        .run()
        .expect(0);
    let params = CatalogParams {
        prefix: world.prefix.clone(),
        robots: 10,
        ..Default::default()
    };
    let broker = EmbeddedBroker::start(&catalog(&params)).expect("mock cluster starts");
    MockFleet { world, broker }
}

impl MockFleet {
    fn settings(&self) -> KafkaSettings {
        KafkaSettings {
            brokers: Some(self.broker.bootstrap_servers()),
            properties: Vec::new(),
            timeout: Duration::from_secs(10),
        }
    }

    fn produce_commands(&self, robots: u32, per_robot: u32) {
        let s = signer(&self.world, Role::Control);
        let topic = self.world.topic("robot-commands");
        let k = self.settings();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let p = fleetctl::kafka::client::producer(&k, &[]).unwrap();
            for i in 0..per_robot {
                for r in 1..=robots {
                    let robot = format!("robot-{r:04}");
                    let c = s.command(
                        Target::Robot(robot.clone()),
                        None,
                        Action::MoveTo {
                            x: f64::from(i),
                            y: 0.0,
                        },
                        false,
                    );
                    p.send(
                        FutureRecord::to(&topic).key(&robot).payload(&c.bytes),
                        Duration::from_secs(10),
                    )
                    .await
                    .map_err(|(e, _)| e)
                    .unwrap();
                }
            }
        });
    }

    fn executor(&self, extra: &[&str]) -> crate::support::Out {
        let mut c = self.role("executor");
        c.args(["--batch", "20"]).args(extra);
        c.run()
    }

    /// `run ROLE` in transactions mode on the mock, exiting once idle for 3 s.
    fn role(&self, role: &str) -> crate::support::Run {
        let mut c = self.world.cmd();
        c.env("FLEETCTL_TOPIC_PREFIX", &self.world.prefix)
            .args(["--brokers", &self.broker.bootstrap_servers()])
            .args(["--format", "json", "run", role, "--eos", "transactions"])
            .args(["--exit-when-idle", "3s", "--duration", "60s"]);
        c
    }

    /// The latest state record per robot.
    fn states(&self) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        fleetctl::kafka::client::read_to_end(
            &self.settings(),
            &self.world.topic("robot-state"),
            |_, _, k, v| {
                if let (Some(k), Some(v)) = (k, v) {
                    out.insert(
                        String::from_utf8_lossy(k).into_owned(),
                        serde_json::from_slice(v).unwrap(),
                    );
                }
            },
        )
        .unwrap();
        out
    }
}

#[test]
fn clean_transactions_execute_everything() {
    let f = mock_fleet("txok");
    f.produce_commands(5, 4);
    let summary: Value = f.executor(&[]).expect(0).json();
    assert_eq!(summary["mode"], "transactions");
    assert_eq!(summary["executed"], 20);
    assert_eq!(summary["rewinds"], 0);
    assert!(f.states().values().all(|s| s["applied_count"] == 4));
}

#[test]
fn abortable_commit_error_aborts_rewinds_and_still_applies_once() {
    let f = mock_fleet("txabort");
    f.produce_commands(5, 4);
    // The first two EndTxn requests fail with an error librdkafka classes as abortable.
    f.broker.cluster().request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID,
        ],
    );
    let summary: Value = f.executor(&[]).expect(0).json();
    assert!(summary["rewinds"].as_u64().unwrap() >= 1, "{summary}");
    assert_eq!(
        summary["executed"], 20,
        "each command counted once after the rollback: {summary}"
    );
    let states = f.states();
    assert_eq!(states.len(), 5);
    assert!(
        states.values().all(|s| s["applied_count"] == 4),
        "{states:?}"
    );
}

#[test]
fn retriable_coordinator_errors_do_not_lose_a_batch() {
    let f = mock_fleet("txretry");
    f.produce_commands(5, 2);
    f.broker.cluster().request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_CONCURRENT_TRANSACTIONS,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
        ],
    );
    let summary: Value = f.executor(&[]).expect(0).json();
    assert_eq!(summary["executed"], 10);
    assert_eq!(summary["rewinds"], 0, "retried, not aborted: {summary}");
    assert!(f.states().values().all(|s| s["applied_count"] == 2));
}

#[test]
fn a_fatal_error_that_lasts_stops_the_executor_with_a_clear_message() {
    // Fatal once more right after the producer was replaced: the cause lasts (here the
    // transactional id's authorisation), and the executor stops.
    let f = mock_fleet("txfatal");
    f.produce_commands(2, 2);
    f.broker.cluster().request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
        ],
    );
    let out = f.executor(&[]).expect(1);
    assert!(out.stderr.contains("fatal"), "{}", out.stderr);
}

/// One `error` at EndTxn: the executor replaces its producer, rewinds, and executes each of
/// the 20 commands exactly once.
fn one_error_replaces_the_producer(tag: &str, error: RDKafkaRespErr) {
    let f = mock_fleet(tag);
    f.produce_commands(5, 4);
    f.broker
        .cluster()
        .request_errors(RDKafkaApiKey::EndTxn, &[error]);
    let out = f.executor(&[]).expect(0);
    assert!(
        out.stderr.contains("replaced by a new one"),
        "{}",
        out.stderr
    );
    let summary: Value = out.json();
    assert_eq!(summary["executed"], 20, "{summary}");
    assert!(summary["rewinds"].as_u64().unwrap() >= 1, "{summary}");
    assert!(f.states().values().all(|s| s["applied_count"] == 4));
}

#[test]
fn one_fatal_error_replaces_the_producer_and_loses_nothing() {
    // A coordinator that failed over while the executor aborted answered INVALID_TXN_STATE
    // (tests/faults.rs), which librdkafka makes fatal: a new producer goes on.
    one_error_replaces_the_producer(
        "txfatal1",
        RDKafkaRespErr::RD_KAFKA_RESP_ERR_INVALID_TXN_STATE,
    );
}

#[test]
fn one_fencing_replaces_the_producer_and_loses_nothing() {
    // A coordinator that moved or timed a transaction out bumps the producer's epoch too, and
    // librdkafka calls that a fencing: the executor makes a new producer and goes on.
    one_error_replaces_the_producer(
        "txfence1",
        RDKafkaRespErr::RD_KAFKA_RESP_ERR_PRODUCER_FENCED,
    );
}

#[test]
fn fenced_producer_stops_the_executor_with_the_conflict_code() {
    // Fenced again right after its producer was replaced: another instance holds the id.
    let f = mock_fleet("txfenced");
    f.produce_commands(2, 2);
    f.broker.cluster().request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_PRODUCER_FENCED,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_PRODUCER_FENCED,
        ],
    );
    let out = f.executor(&[]).expect(7);
    assert!(out.stderr.contains("the same --instance"), "{}", out.stderr);
}

#[test]
fn the_retry_consumer_replaces_a_producer_that_failed_once() {
    let f = mock_fleet("txretryfatal");
    f.produce_commands(3, 2);
    // Every first attempt fails: six records wait on the retry topic.
    let first: Value = f.executor(&["--fail-attempts", "1"]).expect(0).json();
    assert_eq!(first["failed"], 6, "{first}");
    f.broker.cluster().request_errors(
        RDKafkaApiKey::EndTxn,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_INVALID_TXN_STATE],
    );
    let out = f.role("retry").run().expect(0);
    assert!(
        out.stderr.contains("replaced by a new one"),
        "{}",
        out.stderr
    );
    let summary: Value = out.json();
    assert_eq!(summary["republished"], 6, "{summary}");
    let second: Value = f.executor(&[]).expect(0).json();
    assert_eq!(second["executed"], 6, "{second}");
    assert!(f.states().values().all(|s| s["applied_count"] == 2));
}
