//! The one integration-test binary: runs the real `fleetctl` against a real broker (nisshi).

mod support;

mod cli;
mod config;
mod docs;
mod fleet_roles;
mod keys;
mod topics;
