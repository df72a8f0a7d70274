//! The executor's idea of which robots it owns (`roles::executor::ownership`) agrees with where
//! librdkafka's producer actually puts each robot's records on Apache Kafka.

use fleetctl::kafka::partitioner::partition_of;

use crate::support::kafka::{fleet_world, produce, read_all};

#[test]
fn ownership_follows_the_producers_partitioner() {
    crate::needs_broker!();
    let w = fleet_world("ownership", 200);
    let records: Vec<(Option<String>, Option<Vec<u8>>)> = (1..=200)
        .map(|i| (Some(format!("robot-{i:04}")), Some(b"{}".to_vec())))
        .collect();
    produce(&w, "robot-state", &records);
    let read = read_all(&w, "robot-state");
    let count = 1 + read.iter().map(|r| r.partition).max().unwrap();
    assert!(count >= 3, "{count} partitions");
    assert_eq!(read.len(), 200);
    for r in &read {
        assert_eq!(
            r.partition,
            partition_of(r.key_str().as_bytes(), count),
            "{}",
            r.key_str()
        );
    }
}
