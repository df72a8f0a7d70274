//! The long-running and operator roles of the anomaly pipeline. Each keeps its decisions in
//! plain synchronous code and its Kafka plumbing thin, so the decisions can be tested alone.

pub mod alerts;
pub mod detector;
pub mod io;
pub mod operator;
pub mod replay;
pub mod sender;
pub mod telemetry;
