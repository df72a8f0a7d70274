//! The one integration-test binary: runs the real `fleetctl` against a real broker (nisshi).

mod support;

mod cli;
mod config;
mod docs;
mod executor;
mod halts;
mod keys;
mod retry;
mod ops;
mod topics;
mod transactions;
