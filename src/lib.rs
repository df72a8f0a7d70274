//! fleetctl: operate a Kafka-based robot fleet from one binary. `main` lives here so that the
//! binary stays a one-liner and the exit code is decided in exactly one place.

pub mod acls;
mod allocator;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod config;
pub mod dataset;
pub mod db;
pub mod design_env;
pub mod error;
pub mod exit;
pub mod fault;
pub mod fsutil;
pub mod kafka;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod ops;
pub mod otel;
pub mod output;
pub mod plan;
pub mod registry;
pub mod roles;
pub mod schemas;
pub mod settings;
pub mod shutdown;
pub mod signing;
pub mod top;

use crate::exit::Exit;

/// Parses the command line, runs the command and maps its one `Result` to an exit code.
pub fn main() -> std::process::ExitCode {
    // A .env in the working directory feeds the environment (never overriding what is set).
    let _ = dotenvy::dotenv();
    let cli = match cli::Cli::parse_args() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            }
            .into();
        }
    };
    let color = cli.global.color;
    match commands::run(cli) {
        Ok(exit) => exit.into(),
        Err(e) => {
            if !matches!(e, error::Error::BrokenPipe) {
                let o = output::OutputOptions {
                    color,
                    quiet: true,
                    ..Default::default()
                };
                output::Printer::new(&o).error(error::with_causes(&e));
            }
            e.exit().into()
        }
    }
}
