//! Wire types: the JSON records fleetctl writes to and reads from Kafka.

pub mod anomaly;
pub mod command;
pub mod fleet;
pub mod time;

#[cfg(test)]
mod schema_tests;

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
