//! Wire types: the JSON messages fleetctl writes to and reads from Kafka topics.

pub mod anomaly;

#[cfg(test)]
mod schema_tests;
