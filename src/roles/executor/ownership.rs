//! Which robots an executor instance answers for: those of the robot-commands partitions the
//! group gave it. Only the owner of a robot writes its state; an executor that wrote states of
//! robots it does not own (from its view as of its last restore) overwrote their owner's newer
//! states when a fleet halt or resume reached every executor (tests/faults.rs, docs/kafka.md).

use std::collections::BTreeSet;

use crate::kafka::partitioner::partition_of;

/// The partitions this instance holds, out of how many.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ownership {
    /// Its robot-commands partitions (robot-state has as many, keyed alike: the catalog sizes
    /// both per robot, and drift detection reports a difference).
    pub partitions: BTreeSet<i32>,
    /// How many partitions robot-commands has.
    pub count: i32,
}

impl Ownership {
    /// Whether `robot`'s records land in a partition this instance holds, by librdkafka's
    /// default partitioner (`consistent_random`: CRC-32 of the key, modulo the partition count),
    /// which every fleetctl producer uses for robot-keyed topics.
    pub fn owns(&self, robot: &str) -> bool {
        self.count > 0
            && self
                .partitions
                .contains(&partition_of(robot.as_bytes(), self.count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owns_only_the_robots_of_its_partitions() {
        let o = Ownership {
            partitions: BTreeSet::from([partition_of(b"robot-0001", 10)]),
            count: 10,
        };
        assert!(o.owns("robot-0001"));
        assert!(!Ownership::default().owns("robot-0001"));
        let others = (2..200)
            .map(|i| format!("robot-{i:04}"))
            .filter(|r| o.owns(r))
            .count();
        assert!(
            others > 0 && others < 100,
            "{others} of 198 in one partition of 10"
        );
    }
}
