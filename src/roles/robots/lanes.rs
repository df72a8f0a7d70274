//! The producers that carry halt and resume acknowledgements: several, each for its share of
//! robot-command-completions' partitions.
//!
//! librdkafka sends one partition's records per produce request (its issue #1700) and, with
//! idempotence, keeps at most five requests in flight on a connection. A fleet-wide halt of 10,000 robots writes an
//! acknowledgement to each of the topic's 100 partitions, so one producer needs 20 round trips
//! one after the other; when the broker answered in 40–70 ms (it was taking the fleet's telemetry
//! at the same moment) the last acknowledgement arrived 0.8 s after the halt (docs/fleet.md, "Halt
//! latency"). Spreading the partitions over producers, each with its own connection, divides the
//! round trips; spreading robots instead would not, since every producer would still write every
//! partition.

use super::Out;
use crate::kafka::partitioner::partition_of;

/// Partitions of robot-command-completions per acknowledgement producer.
const PARTITIONS_PER_LANE: i32 = 10;

/// At most this many acknowledgement producers (each has its own threads and connections).
const MAX_LANES: i32 = 8;

/// The acknowledgement producers, each carrying the partitions `p` with `p % lanes` its index.
pub struct AckLanes {
    /// One producer per lane.
    producers: Vec<Out>,
    /// robot-command-completions' partition count when the simulator started.
    partitions: i32,
}

impl AckLanes {
    /// How many producers a completions topic of `partitions` partitions gets: one per 10
    /// partitions, between 1 and 8.
    pub fn count(partitions: i32) -> usize {
        ((partitions + PARTITIONS_PER_LANE - 1) / PARTITIONS_PER_LANE).clamp(1, MAX_LANES) as usize
    }

    /// Lanes over `producers` (at least one) for a topic of `partitions` partitions.
    pub fn new(producers: Vec<Out>, partitions: i32) -> Self {
        assert!(
            !producers.is_empty(),
            "at least one acknowledgement producer"
        );
        AckLanes {
            producers,
            partitions,
        }
    }

    /// The producer for `robot`'s acknowledgements: the lane of the partition the default
    /// partitioner gives its key, so that each partition is written by one producer.
    pub fn for_robot(&self, robot: &str) -> &Out {
        let p = partition_of(robot.as_bytes(), self.partitions) as usize;
        &self.producers[p % self.producers.len()]
    }

    /// Every lane's producer (to flush them).
    pub fn all(&self) -> impl Iterator<Item = &Out> {
        self.producers.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::AckLanes;

    #[test]
    fn one_lane_per_ten_partitions_between_one_and_eight() {
        let counts: Vec<usize> = [1, 3, 10, 11, 30, 100, 500]
            .iter()
            .map(|&p| AckLanes::count(p))
            .collect();
        assert_eq!(counts, [1, 1, 1, 2, 3, 8, 8]);
    }
}
