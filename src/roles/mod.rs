//! The roles of the fleet system, each runnable in-process by a subcommand or by `demo`.

pub mod canary;
pub mod demo;
pub mod executor;
pub mod fleet_view;
pub mod halt;
pub mod retry;
pub mod retry_headers;

pub mod consume;
pub mod control_center;
pub mod robots;
pub mod safety_monitor;
