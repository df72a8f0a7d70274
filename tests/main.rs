//! The one integration-test binary: runs the real `fleetctl` against a real broker (Apache Kafka,
//! started by scripts/test.sh; nisshi in the optional compatibility run).

mod support;

mod acls;
mod anomaly;
mod archiver;
mod canary_abort;
mod cli;
mod config;
mod demo;
mod docs;
mod executor;
mod faults;
mod fleet_roles;
mod formats;
mod halts;
mod keys;
mod metrics;
mod ops;
mod prometheus;
mod registry;
mod replication;
mod retry;
mod security;
mod snapshots;
mod top;
mod topics;
mod tracing;
mod transactions;
