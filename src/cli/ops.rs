//! Command-line definitions of the operations commands: `dlq inspect|replay`, `lag`, `doctor`.

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::{parse_duration, CatalogArgs};

/// `fleetctl dlq` subcommands.
#[derive(Debug, Subcommand)]
pub enum DlqCommand {
    /// Show dead-lettered commands with their decoded command and error (commits nothing)
    Inspect(DlqInspectArgs),
    /// Re-publish dead-lettered commands to their original topic, resumably, with a loop guard
    Replay(DlqReplayArgs),
}

/// Which dead letters a command looks at.
#[derive(Debug, Args, Clone, Default)]
pub struct DlqFilterArgs {
    /// Only entries dead-lettered at or after this time (a duration ago like 10m, or RFC 3339)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only entries dead-lettered at or before this time (a duration ago like 10m, or RFC 3339)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Only entries with this error class, e.g. expired, malformed (repeatable)
    #[arg(long = "error-class", value_name = "CLASS")]
    pub error_class: Vec<String>,
    /// Only entries for this robot (the record key or the decoded target; repeatable)
    #[arg(long, value_name = "ROBOT")]
    pub robot: Vec<String>,
    /// At most this many selected entries
    #[arg(long, value_name = "N")]
    pub max: Option<usize>,
}

/// What `--group-by` aggregates on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DlqGroupBy {
    /// The error class of each entry
    Reason,
}

/// Options of `dlq inspect`.
#[derive(Debug, Args)]
pub struct DlqInspectArgs {
    /// Entry selection
    #[command(flatten)]
    pub filters: DlqFilterArgs,
    /// Print a histogram instead of the entries
    #[arg(long, value_enum, value_name = "KEY")]
    pub group_by: Option<DlqGroupBy>,
}

/// Options of `dlq replay`.
#[derive(Debug, Args)]
pub struct DlqReplayArgs {
    /// Entry selection
    #[command(flatten)]
    pub filters: DlqFilterArgs,
    /// Publish to this topic instead of each entry's original topic
    #[arg(long, value_name = "TOPIC")]
    pub to: Option<String>,
    /// Show routing and a histogram; send and commit nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Send at most this many entries per second, e.g. 100/s (default: as fast as acknowledged)
    #[arg(long, value_name = "N/s", value_parser = parse_rate)]
    pub rate: Option<f64>,
    /// Do not ask for confirmation (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// Skip entries already replayed this many times (loop guard)
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_replays: u32,
    /// Consumer group holding replay progress (default: {prefix}fleetctl-dlq-replay)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Re-issue expired commands with the operator key and a new expiry, keeping their id
    #[arg(long)]
    pub resign: bool,
    /// Validity of re-signed commands
    #[arg(long, default_value = "60s", value_parser = parse_duration, value_name = "DURATION")]
    pub ttl: Duration,
}

/// Options of `lag`.
#[derive(Debug, Args)]
pub struct LagArgs {
    /// Consumer group (default: every group whose id starts with the topic prefix)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Exit with the threshold code when any partition's lag exceeds N
    #[arg(long, value_name = "N")]
    pub max_lag: Option<i64>,
}

/// Options of `doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Sizing of the catalog the topics are checked against
    #[command(flatten)]
    pub catalog: CatalogArgs,
    /// Largest tolerated lag of any partition of the fleet's consumer groups
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    pub max_lag: i64,
    /// Largest tolerated DLQ backlog; without it any backlog is only a warning
    #[arg(long, value_name = "N")]
    pub max_dlq: Option<i64>,
}

/// The metrics endpoint option, for the long-running roles to flatten.
#[derive(Debug, Args, Clone, Default)]
pub struct MetricsArgs {
    /// Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)
    #[arg(long, env = "FLEETCTL_METRICS_ADDR", value_name = "HOST:PORT")]
    pub metrics_addr: Option<std::net::SocketAddr>,
}

/// Parses `100/s`, `100` or `2.5/s` into entries per second.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let n = s.trim().strip_suffix("/s").unwrap_or(s.trim());
    match n.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        _ => Err(format!("`{s}` is not a rate like 100/s")),
    }
}
