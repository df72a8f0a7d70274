//! The roles of the fleet system and the anomaly pipeline, each runnable in-process by a
//! subcommand or by `demo`. Each keeps its decisions in plain code and its Kafka plumbing thin.

pub mod canary;
pub mod canary_watch;
pub mod consume;
pub mod control_center;
pub mod demo;
pub mod executor;
pub mod fleet_view;
pub mod halt;
pub mod retry;
pub mod retry_headers;
pub mod robots;
pub mod safety_monitor;

pub mod alerts;
pub mod detector;
pub mod io;
pub mod operator;
pub mod replay;
pub mod sender;
pub mod telemetry;
