//! Operations on a running fleet: the dead-letter queue, consumer lag, health checks.

pub mod dlq;
pub mod doctor;
pub mod lag;
pub mod replay;
pub mod replay_entry;

/// The default consumer group of `dlq replay` for a topic prefix (several fleets share a cluster).
pub fn replay_group(prefix: &str) -> String {
    format!("{prefix}fleetctl-dlq-replay")
}
