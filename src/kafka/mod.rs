//! Kafka plumbing: client configuration from settings, admin operations, the embedded broker.

pub mod admin;
pub mod client;
pub mod diagnose;
pub mod dlq;
pub mod embedded;
pub mod group;
pub mod pending;
pub mod queue;

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
