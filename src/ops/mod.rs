//! Operations on a running fleet: the dead-letter queue, consumer lag, health checks, schemas.

pub mod dlq;
pub mod dlq_replay;
pub mod dlq_replay_entry;
pub mod doctor;
pub mod lag;
pub mod metrics_endpoint;
pub mod schemas;

/// The default consumer group of `dlq replay` for a topic prefix (several fleets share a cluster).
pub fn replay_group(prefix: &str) -> String {
    format!("{prefix}fleetctl-dlq-replay")
}

/// A consumer of `group` for reading by assignment and committing by hand (never subscribing, so
/// no rebalance and no membership: only the group's offsets are used).
pub fn group_reader(
    k: &crate::settings::KafkaSettings,
    group: &str,
) -> crate::error::Result<crate::kafka::client::KafkaReader> {
    let mut cfg = crate::kafka::client_config(k)?;
    cfg.set("group.id", group)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("auto.offset.reset", "earliest")
        .set("isolation.level", "read_committed")
        .set("fetch.wait.max.ms", "50")
        .set("enable.partition.eof", "false");
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    cfg.create_with_context(crate::kafka::stats::Stats)
        .map_err(crate::kafka::creation_error)
}
