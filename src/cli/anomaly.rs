//! Command-line definitions of the anomaly pipeline: replay, the detector, the operator service
//! and alert handling.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::model::anomaly::AnomalyType;

/// `fleetctl replay ...`
#[derive(Debug, Subcommand)]
pub enum ReplayCommand {
    /// Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace
    Dataset(ReplayDatasetArgs),
}

/// Dataset file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Comma-separated values with a header line
    Csv,
    /// One JSON object per line
    Jsonl,
}

/// Options of `replay dataset`.
#[derive(Debug, Args)]
pub struct ReplayDatasetArgs {
    /// Dataset files (docs/dataset.md describes the columns), replayed in order
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// File format (default: from the extension: .csv, .jsonl, .ndjson, .json)
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// Replay rate: recorded event-time gaps are divided by it (0 = as fast as possible)
    #[arg(long, default_value_t = 1.0, value_name = "RATE")]
    pub rate: f64,
    /// Start again at the end, until Ctrl-C (event time keeps increasing)
    #[arg(long = "loop")]
    pub looped: bool,
    /// Stop at the first bad row instead of reporting and skipping it
    #[arg(long)]
    pub strict: bool,
    /// Name of this run, written into every event (default: generated)
    #[arg(long, value_name = "ID")]
    pub session_id: Option<String>,
    /// How long an event id is remembered to drop duplicates before sending
    #[arg(long, default_value = "10m", value_name = "DURATION", value_parser = super::parse_duration)]
    pub dedup_ttl: std::time::Duration,
    /// How each event is written: plain JSON, or the Confluent wire format with the id of
    /// raw_telemetry's JSON Schema (json-sr) or Avro schema (avro-sr) in a schema registry
    /// (--schema-registry); the schema is registered under the topic's subject if missing
    #[arg(long, value_enum, default_value_t = super::ValueFormat::Json, value_name = "FORMAT")]
    pub value_format: super::ValueFormat,
}

/// Options of `run anomaly-detector`.
#[derive(Debug, Args)]
pub struct DetectorArgs {
    /// Consumer group (default: the topic prefix followed by anomaly-service-group)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Stable identity in the group: a member restarted with the same identity takes its
    /// partitions back at once (static membership); two running at once fence one another
    #[arg(long, value_name = "ID", value_parser = super::parse_instance)]
    pub instance: Option<String>,
    /// sudden_deceleration: deceleration above this (m/s²)
    #[arg(long, default_value_t = 3.0, value_name = "M/S²")]
    pub decel_threshold: f64,
    /// sudden_deceleration: speed drop above this (m/s) within --decel-window
    #[arg(long, default_value_t = 5.0, value_name = "M/S")]
    pub speed_drop_threshold: f64,
    /// sudden_deceleration: the window of the speed drop
    #[arg(long, default_value = "500ms", value_name = "DURATION", value_parser = super::parse_duration)]
    pub decel_window: std::time::Duration,
    /// perception_instability: label probability swing (max − min over 10 frames) above this
    #[arg(long, default_value_t = 0.4, value_name = "P")]
    pub label_swing_threshold: f64,
    /// perception_instability: position off by more than this (m) from where velocity puts it
    #[arg(long, default_value_t = 1.0, value_name = "M")]
    pub jitter_threshold: f64,
    /// perception_instability: this many jittery frames among the last 10
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub jitter_frames: usize,
    /// Stop (cleanly) after this long without a record, instead of running until Ctrl-C
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub idle_exit: Option<std::time::Duration>,
    /// Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub duration: Option<std::time::Duration>,
    /// Prometheus endpoint
    #[command(flatten)]
    pub metrics: super::MetricsArgs,
}

/// `fleetctl consume ...`
#[derive(Debug, Subcommand)]
pub enum ConsumeCommand {
    /// Show anomalies as they arrive and open one OPEN alert per new anomaly
    Anomalies(ConsumeAnomaliesArgs),
}

/// Severities, for filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub enum SeverityArg {
    /// Worth knowing
    Info,
    /// Needs a look
    Warning,
    /// Needs action now
    Critical,
}

/// Options of `consume anomalies`.
#[derive(Debug, Args)]
pub struct ConsumeAnomaliesArgs {
    /// Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub duration: Option<std::time::Duration>,
    /// Consumer group (default: the topic prefix followed by operator-service-group)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Start at the beginning of the topic instead of the group's committed position
    #[arg(long, conflicts_with = "since")]
    pub from_beginning: bool,
    /// Start at this age (10m, 2h) or time (RFC 3339)
    #[arg(long, value_name = "AGE|TIME")]
    pub since: Option<String>,
    /// Stop after showing N anomalies
    #[arg(long, value_name = "N")]
    pub max: Option<u64>,
    /// Stop at the end of the topic (as it was at the start)
    #[arg(long)]
    pub exit_at_end: bool,
    /// Show only this severity (repeatable)
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub severity: Vec<SeverityArg>,
    /// Show only this anomaly type (repeatable)
    #[arg(long = "type", value_parser = anomaly_types(), value_name = "TYPE")]
    pub anomaly_type: Vec<AnomalyType>,
    /// Show only this vehicle (repeatable)
    #[arg(long, value_name = "VEHICLE_ID")]
    pub vehicle: Vec<String>,
    /// Only watch: open no alerts
    #[arg(long)]
    pub no_alerts: bool,
}

/// `fleetctl alerts ...`
#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Show the current state of each alert
    List(AlertsListArgs),
    /// Resolve an acknowledged alert
    Resolve(AlertActionArgs),
    /// Dismiss an alert as not a real problem
    Dismiss(AlertActionArgs),
    /// Record an intervention on the vehicle (acknowledges the alert)
    Intervene(AlertActionArgs),
    /// Show who did what to alerts, and when (from the archive when a database is configured)
    History(AlertHistoryArgs),
}

/// Alert states, for filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub enum AlertStatusArg {
    /// Nobody has taken it
    Open,
    /// An operator has taken it
    Acknowledged,
    /// Handled
    Resolved,
    /// Not a real problem
    Dismissed,
}

/// Options of `alerts list`.
#[derive(Debug, Args)]
pub struct AlertsListArgs {
    /// Show only alerts in this state (repeatable)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<AlertStatusArg>,
}

/// Options of an action on one alert.
#[derive(Debug, Args)]
pub struct AlertActionArgs {
    /// The alert id
    #[arg(value_name = "ALERT_ID")]
    pub alert_id: String,
    /// Operator id (default: FLEETCTL_OPERATOR, then the context's operator)
    #[arg(long, value_name = "ID")]
    pub operator: Option<String>,
    /// A comment stored with the action
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
}

/// Options of `alerts history`.
#[derive(Debug, Args)]
pub struct AlertHistoryArgs {
    /// The alert id (default: every alert)
    #[arg(value_name = "ALERT_ID")]
    pub alert_id: Option<String>,
    /// Only what happened since: an age like 30d, or an RFC 3339 time
    #[arg(long, value_name = "AGE|TIME")]
    pub since: Option<String>,
}

/// `fleetctl ack ...`
#[derive(Debug, Subcommand)]
pub enum AckCommand {
    /// Acknowledge an alert (a no-op on an acknowledged one)
    Alert(AlertActionArgs),
}

/// Anomaly types by their wire names, listed in help and completions; the names come from the
/// model itself, so no second list can drift from it.
fn anomaly_types() -> impl clap::builder::TypedValueParser<Value = AnomalyType> {
    use clap::builder::TypedValueParser;
    let values =
        AnomalyType::ALL.map(|t| clap::builder::PossibleValue::new(t.as_str()).help(t.describe()));
    clap::builder::PossibleValuesParser::new(values).try_map(|s: String| anomaly_type(&s))
}

fn anomaly_type(s: &str) -> Result<AnomalyType, String> {
    AnomalyType::ALL
        .into_iter()
        .find(|t| t.as_str() == s)
        .ok_or_else(|| {
            let names: Vec<&str> = AnomalyType::ALL.iter().map(|t| t.as_str()).collect();
            format!("unknown anomaly type; types are {}", names.join(", "))
        })
}
