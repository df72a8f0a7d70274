//! One module per subcommand: each turns its clap arguments into options and calls the library.

mod acls;
mod alerts;
mod anomaly;
mod archive;
mod canary;
mod config;
mod demo;
mod dev;
mod dlq;
mod doctor;
mod generate;
mod halt;
mod keys;
mod lag;
mod run;
mod schemas;
mod top;
mod topics;

mod fleet;
mod run_control_center;
mod run_safety_monitor;
mod simulate;
mod summary;

use crate::cli::{Cli, Command, DevCommand, RunCommand};
use crate::error::Result;
use crate::exit::Exit;
use crate::settings::Settings;

/// Resolves settings once, starts logging and the runtime, and runs the subcommand.
pub fn run(cli: Cli) -> Result<Exit> {
    let settings = Settings::resolve(&cli.global)?;
    crate::logging::init(&cli.global.logs());
    crate::design_env::warn_if_set();
    // Dropped after the runtime has finished: flushes the spans of the whole run.
    let _traces = crate::otel::init(role(&cli.command));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    rt.block_on(async move {
        match cli.command {
            Command::Config(c) => config::run(&settings, &cli.global, c),
            Command::Topics(c) => topics::run(&settings, c).await,
            Command::Acls(c) => acls::run(&settings, c).await,
            Command::Keygen(a) => keys::keygen(&settings, a),
            Command::Keys(c) => keys::run(&settings, c),
            Command::Dev(DevCommand::Broker(a)) => dev::broker(&settings, a).await,
            Command::Simulate(c) => simulate::run(&settings, c).await,
            Command::Fleet(c) => fleet::run(&settings, c).await,
            Command::Replay(c) => anomaly::replay(&settings, c).await,
            Command::Consume(c) => anomaly::consume(&settings, c).await,
            Command::Alerts(c) => alerts::run(&settings, c).await,
            Command::Ack(c) => alerts::ack(&settings, c).await,
            Command::Generate(a) => generate::run(a),
            Command::Run(c) => run::run(&settings, c).await,
            Command::Halt(a) => halt::run(&settings, a, true).await,
            Command::Resume(a) => halt::run(&settings, a, false).await,
            Command::Canary(c) => canary::run(&settings, c).await,
            Command::Demo(a) => demo::run(&settings, a).await,
            Command::Dlq(c) => dlq::run(&settings, c).await,
            Command::Archive(c) => archive::run(&settings, c).await,
            Command::Lag(a) => lag::run(&settings, a).await,
            Command::Doctor(a) => doctor::run(&settings, a).await,
            Command::Schemas(c) => schemas::run(&settings, c).await,
            Command::Top(a) => top::run(&settings, a).await,
        }
    })
}

/// The role a command plays, naming its traces' service (`fleetctl-<role>`).
fn role(c: &Command) -> &'static str {
    match c {
        Command::Run(r) => match r {
            RunCommand::ControlCenter(_) => "control-center",
            RunCommand::SafetyMonitor(_) => "safety-monitor",
            RunCommand::Executor(_) => "executor",
            RunCommand::Retry(_) => "retry",
            RunCommand::AnomalyDetector(_) => "detector",
            RunCommand::Archiver(_) => "archiver",
        },
        Command::Simulate(_) => "robots",
        Command::Halt(_) | Command::Resume(_) => "halt",
        Command::Replay(_) => "replay",
        Command::Consume(_) | Command::Alerts(_) | Command::Ack(_) => "operator",
        Command::Demo(_) => "demo",
        Command::Dlq(_) => "dlq",
        Command::Canary(_) => "canary",
        _ => "cli",
    }
}
