//! Which robots an executor instance answers for: those of the robot-commands partitions the
//! group gave it. Only the owner of a robot writes its state; an executor that wrote states of
//! robots it does not own (from its view as of its last restore) overwrote their owner's newer
//! states when a fleet halt or resume reached every executor (tests/faults.rs, docs/kafka.md).

use std::collections::BTreeSet;

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

/// The partition librdkafka's `consistent_random` partitioner picks for a non-empty key.
pub fn partition_of(key: &[u8], count: i32) -> i32 {
    (crc32(key) % count.max(1) as u32) as i32
}

/// CRC-32 (IEEE 802.3, reflected, as zlib and librdkafka's `rd_crc32` compute it).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        // The CRC-32 catalogue's check value: the CRC of "123456789".
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

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
