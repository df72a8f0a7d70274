//! Kafka plumbing: client configuration from settings, admin operations, the embedded broker.

pub mod acl;
pub mod admin;
pub mod client;
pub mod diagnose;
pub mod dlq;
pub mod embedded;
pub mod group;
pub mod partitioner;
pub mod pending;
pub mod queue;
pub mod stats;
pub mod trace;

use rdkafka::config::ClientConfig;

use crate::error::{Error, Result};
use crate::settings::KafkaSettings;

/// A base librdkafka configuration for these settings: brokers, security and `-X` properties.
pub fn client_config(k: &KafkaSettings) -> Result<ClientConfig> {
    let brokers = k
        .brokers
        .as_deref()
        .ok_or_else(|| Error::Broker(crate::settings::NO_BROKER_HELP.into()))?;
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", brokers);
    cfg.set("client.id", concat!("fleetctl/", env!("CARGO_PKG_VERSION")));
    // Unreachable brokers should surface as errors within the broker timeout, not retry forever silently.
    cfg.set(
        "socket.connection.setup.timeout.ms",
        k.timeout.as_millis().max(1000).to_string(),
    );
    // A client learns that a partition's leader moved from a metadata refresh. When a broker
    // dies, librdkafka refreshes at once, which is usually before the controller has moved the
    // leaders (it waits for the broker's session, 9 s, to expire); the next periodic refresh
    // was 5 minutes later, and until then halt acknowledgements and consumers of the moved
    // partitions stalled (tests/faults.rs). Every 5 s costs one small request per client.
    cfg.set("topic.metadata.refresh.interval.ms", "5000");
    // Only while an endpoint serves them: every client's context records them then.
    if crate::metrics::global().is_serving() {
        cfg.set("statistics.interval.ms", stats::INTERVAL_MS);
    }
    for (key, value) in &k.properties {
        cfg.set(key, value);
    }
    Ok(cfg)
}

/// Maps a client-creation failure (usually a bad property) to a usage error naming it.
pub fn creation_error(e: rdkafka::error::KafkaError) -> Error {
    Error::usage(format!("invalid Kafka client configuration: {e}"))
}

/// The error returned when the brokers do not answer.
pub fn unreachable(brokers: &str, e: impl std::fmt::Display) -> Error {
    Error::Broker(format!("cannot reach the Kafka brokers at {brokers}: {e}"))
}

/// The name messages give the cluster resource.
pub const CLUSTER: &str = "kafka-cluster";

/// Whether the broker refused a request because the principal lacks an ACL.
pub fn is_denied(code: rdkafka::types::RDKafkaErrorCode) -> bool {
    use rdkafka::types::RDKafkaErrorCode as C;
    matches!(
        code,
        C::TopicAuthorizationFailed
            | C::GroupAuthorizationFailed
            | C::ClusterAuthorizationFailed
            | C::TransactionalIdAuthorizationFailed
            | C::DelegationTokenAuthorizationFailed
    )
}

/// The refusal of `operation` on a resource (`kind` and `name`) when `code` says the broker denied
/// it: one line naming what this principal may not do, exit code 9. A denial that names another
/// kind of resource than asked (a producer's cluster or transactional id) says that one.
pub fn denied(
    code: rdkafka::types::RDKafkaErrorCode,
    operation: &str,
    kind: &str,
    name: &str,
) -> Option<Error> {
    use rdkafka::types::RDKafkaErrorCode as C;
    if !is_denied(code) {
        return None;
    }
    let (operation, kind, name) = match code {
        C::ClusterAuthorizationFailed if kind != "cluster" => {
            ("IdempotentWrite", "cluster", CLUSTER)
        }
        C::TransactionalIdAuthorizationFailed if kind != "transactional-id" => {
            ("Write", "transactional-id", name)
        }
        _ => (operation, kind, name),
    };
    Some(Error::Refused(format!(
        "not authorised to {operation} {kind} {name}: the broker denied it to this principal \
         ({code}); `fleetctl acls plan` lists what each role needs"
    )))
}

/// `denied` for a client error (a delivery report, a consumer error, a request that failed).
pub fn denied_by(
    e: &rdkafka::error::KafkaError,
    operation: &str,
    kind: &str,
    name: &str,
) -> Option<Error> {
    e.rdkafka_error_code()
        .and_then(|code| denied(code, operation, kind, name))
}

/// `denied` for an error of a group consumer of `topic`: the group or the topic, as the broker says.
pub fn denied_consuming(e: &rdkafka::error::KafkaError, topic: &str, group: &str) -> Option<Error> {
    match e.rdkafka_error_code() {
        Some(rdkafka::types::RDKafkaErrorCode::GroupAuthorizationFailed) => {
            denied_by(e, "Read", "group", group)
        }
        _ => denied_by(e, "Read", "topic", topic),
    }
}
