//! Command-line definitions of the fleet roles: simulate, run, halt, resume, fleet, demo.

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::parse_duration;

/// `fleetctl simulate`: `fleetctl simulate robots --robots N` or the short `fleetctl simulate --robots N`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SimulateCommand {
    /// What to simulate
    #[command(subcommand)]
    pub kind: Option<SimulateKind>,
    /// Robot simulation options (the short form)
    #[command(flatten)]
    pub robots: SimulateArgs,
}

/// What `simulate` can simulate.
#[derive(Debug, Subcommand)]
pub enum SimulateKind {
    /// Simulated robots: telemetry out, completed commands and halts in
    Robots(SimulateArgs),
}

/// Options of the robot simulator.
#[derive(Debug, Args, Clone)]
pub struct SimulateArgs {
    /// Number of robots
    #[arg(
        long,
        env = "DEFAULT_NUM_ROBOTS",
        default_value_t = crate::roles::robots::DEFAULT_ROBOTS,
        value_name = "N"
    )]
    pub robots: u32,
    /// Seconds between two reports of one robot (before --speedup)
    #[arg(long, env = "DEFAULT_TELEMETRY_INTERVAL", default_value = "1.0", value_parser = parse_duration, value_name = "DURATION")]
    pub interval: Duration,
    /// Divide the interval (and simulated time) by this factor
    #[arg(
        long,
        env = "SIMULATION_SPEEDUP",
        default_value_t = 1.0,
        value_name = "FACTOR"
    )]
    pub speedup: f64,
    /// Probability per report of an injected fault (dropped report, sensor spike, malformed record, silence)
    #[arg(
        long,
        env = "CHAOS_INJECTION_PROB",
        default_value_t = 0.0,
        value_name = "P"
    )]
    pub chaos: f64,
    /// Number of zones the robots are spread over
    #[arg(long, default_value_t = crate::roles::robots::DEFAULT_ZONES, value_name = "N")]
    pub zones: u32,
    /// Stop after this long (default: until Ctrl-C)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub duration: Option<Duration>,
    /// Robot ids that ignore halts (fault injection for testing halt timeouts)
    #[arg(long = "ignore-halts", value_name = "ROBOT_ID")]
    pub ignore_halts: Vec<String>,
    /// Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)
    #[arg(long, default_value = crate::roles::robots::DEFAULT_ID_PREFIX, value_name = "PREFIX")]
    pub id_prefix: String,
    /// Random seed, for reproducible runs
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// How telemetry values are written: plain JSON, or framed with a schema id from the
    /// registry (--schema-registry); the schema is registered under the topic's subject if
    /// missing
    #[arg(long, value_enum, default_value_t = super::ValueFormat::Json, value_name = "FORMAT")]
    pub value_format: super::ValueFormat,
    /// Prometheus endpoint
    #[command(flatten)]
    pub metrics: super::MetricsArgs,
}

/// `fleetctl run`: long-running roles.
#[derive(Debug, Subcommand)]
pub enum RunCommand {
    /// Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry
    ControlCenter(ControlCenterArgs),
    /// Watch environment readings; stop robots and halt the fleet on critical readings
    SafetyMonitor(SafetyMonitorArgs),
    /// Verify and apply each command exactly once (the robot command consumer)
    Executor(ExecutorArgs),
    /// Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times
    Retry(RetryArgs),
    /// Run the anomaly detector: raw_telemetry in, anomalies out
    AnomalyDetector(super::DetectorArgs),
    /// Archive readings, anomalies, alerts, completions, halts and dead letters into
    /// PostgreSQL, exactly once (--postgres / DATABASE_URL)
    Archiver(ArchiverArgs),
}

/// Options of `run archiver`.
#[derive(Debug, Args, Clone)]
pub struct ArchiverArgs {
    /// Group the archiver's progress is shown under in `fleetctl lag` (default: the topic prefix
    /// followed by archiver); it resumes from the database's offsets, never from the group's
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Stop after this long (default: until Ctrl-C or SIGTERM)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub duration: Option<Duration>,
    /// Prometheus endpoint
    #[command(flatten)]
    pub metrics: super::MetricsArgs,
    /// Store one aggregate per robot and interval instead of every reading (for example 10s)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub downsample: Option<Duration>,
    /// Most records in one database transaction (fewer, larger transactions keep up with more)
    #[arg(long, default_value_t = 20_000, value_name = "N")]
    pub batch: usize,
    /// Longest wait for a batch to fill once its first record arrived
    #[arg(long, default_value = "500ms", value_parser = parse_duration, value_name = "DURATION")]
    pub linger: Duration,
    /// Exit once no record came for this long
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub exit_when_idle: Option<Duration>,
}

/// Options of `run retry`.
#[derive(Debug, Args, Clone)]
pub struct RetryArgs {
    /// Shared role options
    #[command(flatten)]
    pub role: RoleArgs,
    /// Exactly-once mode (as for the executor)
    #[arg(long, value_enum, default_value_t = EosMode::Auto)]
    pub eos: EosMode,
    /// Exit once nothing has been pending for this long (after the first record)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub exit_when_idle: Option<Duration>,
}

/// Options every long-running role shares.
#[derive(Debug, Args, Clone)]
pub struct RoleArgs {
    /// Consumer group id (default: the role's own)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Stable identity in the group: a member restarted with the same identity takes its
    /// partitions back at once (static membership); two running at once fence one another. The
    /// executor always has one: 0 unless given, also naming its transactional.id
    #[arg(long, value_name = "ID", value_parser = super::parse_instance)]
    pub instance: Option<String>,
    /// Stop after this long (default: until Ctrl-C or SIGTERM)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub duration: Option<Duration>,
    /// Prometheus endpoint
    #[command(flatten)]
    pub metrics: super::MetricsArgs,
}

/// Options of `run control-center`.
#[derive(Debug, Args, Clone)]
pub struct ControlCenterArgs {
    /// Shared role options
    #[command(flatten)]
    pub role: RoleArgs,
    /// Fraction of robots (stable by id) that get real commands; the rest get dry runs
    #[arg(
        long,
        env = "CANARY_FRACTION",
        default_value_t = crate::roles::control_center::DEFAULT_CANARY,
        value_name = "FRACTION"
    )]
    pub canary: f64,
    /// Battery percentage under which a robot is sent home
    #[arg(long, default_value_t = crate::roles::control_center::DEFAULT_LOW_BATTERY, value_name = "PCT")]
    pub low_battery: f64,
    /// Validity of the commands it signs
    #[command(flatten)]
    pub validity: ValidityArgs,
    /// Minimum time between two commands to the same robot
    #[arg(long, default_value = "5s", value_parser = parse_duration, value_name = "DURATION")]
    pub cooldown: Duration,
    /// Stop sending real commands once the canary's failure rate (failed and rejected over all
    /// outcomes, after at least 20) exceeds this; dry runs go on (default: never abort)
    #[arg(long, value_name = "FRACTION")]
    pub abort_threshold: Option<f64>,
}

/// How long the commands a role signs stay valid.
#[derive(Debug, Args, Clone)]
pub struct ValidityArgs {
    /// How long a command it signs stays valid, in seconds: past this (plus 30 s of clock skew)
    /// the executor dead-letters it as expired instead of executing it [default: 60]
    #[arg(long, env = "COMMAND_TIMEOUT_SEC", value_name = "SECONDS")]
    pub command_timeout: Option<u64>,
}

impl ValidityArgs {
    /// The validity to sign with (the signer's default unless given; at least 1 s).
    pub fn ttl(&self) -> std::time::Duration {
        self.command_timeout
            .map_or(crate::signing::envelope::DEFAULT_TTL, |s| {
                std::time::Duration::from_secs(s.max(1))
            })
    }
}

/// Options of `run safety-monitor`.
#[derive(Debug, Args, Clone)]
pub struct SafetyMonitorArgs {
    /// Shared role options
    #[command(flatten)]
    pub role: RoleArgs,
    /// Fraction of the fleet with critical readings within --window that triggers a fleet halt
    #[arg(long, default_value_t = crate::roles::safety_monitor::DEFAULT_HALT_FRACTION, value_name = "FRACTION")]
    pub halt_fraction: f64,
    /// Validity of the commands it signs
    #[command(flatten)]
    pub validity: ValidityArgs,
    /// Window over which critical robots are counted for a fleet halt
    #[arg(long, default_value = "10s", value_parser = parse_duration, value_name = "DURATION")]
    pub window: Duration,
    /// Threshold overrides, as RULE.LEVEL=VALUE (e.g. temperature.critical=95)
    #[arg(long = "threshold", value_name = "RULE.LEVEL=VALUE")]
    pub thresholds: Vec<String>,
}

/// Exactly-once mode of the executor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum EosMode {
    /// Transactions if the broker supports them, else idempotent
    #[default]
    Auto,
    /// Kafka transactions (fails if the broker refuses them)
    Transactions,
    /// Idempotent producer, dedup marks written with the effect, commit after acknowledgement
    Idempotent,
}

/// Options of `run executor`.
#[derive(Debug, Args, Clone)]
pub struct ExecutorArgs {
    /// Shared role options
    #[command(flatten)]
    pub role: RoleArgs,
    /// Retries after the first failed attempt before a command goes to the DLQ
    #[arg(long, env = "MAX_RETRIES", default_value_t = crate::roles::retry_headers::MAX_RETRIES, value_name = "N")]
    pub max_retries: u32,
    /// Exactly-once mode
    #[arg(long, value_enum, default_value_t = EosMode::Auto)]
    pub eos: EosMode,
    /// Most records processed in one batch (one transaction), at most 5000
    #[arg(long, default_value_t = crate::roles::executor::MAX_BATCH, value_name = "N")]
    pub batch: usize,
    /// Fraction of executions that fail on purpose (fault injection)
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    pub chaos: f64,
    /// Fault injection: every command fails its first N attempts (to watch retries and the DLQ)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub fail_attempts: u32,
    /// Exit once no command has arrived for this long (after the first one), like kcat -e
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub exit_when_idle: Option<Duration>,
}

/// Which robots a halt or resume covers.
#[derive(Debug, Args, Clone)]
#[group(required = true, multiple = false)]
pub struct ScopeArgs {
    /// The whole fleet
    #[arg(long)]
    pub all: bool,
    /// `fleet`: the whole fleet, as the original command list spells it (same as --all)
    #[arg(value_name = "fleet", value_parser = ["fleet"])]
    pub fleet: Option<String>,
    /// These robots
    #[arg(long = "robot", value_name = "ROBOT_ID", num_args = 1..)]
    pub robots: Vec<String>,
    /// Every robot of a zone
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
}

/// Signing role for halts and resumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum HaltRole {
    /// The operator key
    #[default]
    Operator,
    /// The safety key
    Safety,
}

/// Options of `halt` and `resume`.
#[derive(Debug, Args, Clone)]
pub struct HaltArgs {
    /// Scope
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// How long to wait for every robot's acknowledgement
    #[arg(long, default_value = "10s", value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Duration,
    /// Do not ask for confirmation (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// Key to sign with
    #[arg(long, value_enum, default_value_t = HaltRole::Operator)]
    pub sign_as: HaltRole,
    /// Reason recorded with the halt
    #[arg(long, default_value = "operator halt", value_name = "TEXT")]
    pub reason: String,
    /// Robots count as part of the fleet when they reported within this window
    #[arg(long, default_value = "30s", value_parser = parse_duration, value_name = "DURATION")]
    pub seen_within: Duration,
}

/// `fleetctl fleet` subcommands.
#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// Robots from robot-state, with counts per status
    Status(FleetStatusArgs),
    /// One robot's readings over a past period, from the archive (needs --postgres)
    History(FleetHistoryArgs),
}

/// Options of `fleet history`.
#[derive(Debug, Args, Clone)]
pub struct FleetHistoryArgs {
    /// The robot id
    #[arg(value_name = "ROBOT")]
    pub robot: String,
    /// How far back: an age like 1h, or an RFC 3339 time
    #[arg(long, default_value = "1h", value_name = "AGE|TIME")]
    pub since: String,
    /// Most readings shown (the latest ones)
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub limit: i64,
}

/// Options of `fleet status`.
#[derive(Debug, Args, Clone)]
pub struct FleetStatusArgs {
    /// Only robots with this status
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only the counts per status
    #[arg(long)]
    pub summary: bool,
}

/// Options of `demo`.
#[derive(Debug, Args, Clone)]
pub struct DemoArgs {
    /// Number of robots
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub robots: u32,
    /// How long the demo runs
    #[arg(long, default_value = "60s", value_parser = parse_duration, value_name = "DURATION")]
    pub duration: Duration,
    /// Simulation speed-up
    #[arg(long, default_value_t = 1.0, value_name = "FACTOR")]
    pub speedup: f64,
    /// Fraction of executions that fail, so retries and the DLQ can be watched
    #[arg(long, default_value_t = 0.02, value_name = "P")]
    pub chaos: f64,
    /// Fraction of robots (stable by id) that get real commands; the rest get dry runs
    #[arg(long, default_value_t = 0.5, value_name = "FRACTION")]
    pub canary: f64,
    /// Prometheus endpoint (every role of the demo counts into it)
    #[command(flatten)]
    pub metrics: super::MetricsArgs,
    /// Show the live dashboard (`fleetctl top`) while the demo runs; q ends the demo early
    #[arg(long)]
    pub top: bool,
}

/// `fleetctl canary` subcommands.
#[derive(Debug, Subcommand)]
pub enum CanaryCommand {
    /// Failure rates of real (canary) and dry-run commands, from completions
    Status(CanaryStatusArgs),
}

/// Options of `canary status`.
#[derive(Debug, Args, Clone)]
pub struct CanaryStatusArgs {
    /// Only completions newer than this
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub since: Option<Duration>,
    /// Failure rate of the canary above which it should be aborted (exit 8 when crossed)
    #[arg(long, default_value_t = 0.2, value_name = "FRACTION")]
    pub abort_threshold: f64,
}
