//! Command-line definitions (clap derive). The `///` docs here are the help text and man pages.
//! No clap type travels past `settings` and the `commands` glue.

mod acls;
mod anomaly;
mod config;
mod fleet;
mod keys;
mod ops;
mod schemas;
mod top;
mod topics;

pub use acls::*;
pub use anomaly::*;
pub use config::*;
pub use fleet::*;
pub use keys::*;
pub use ops::*;
pub use schemas::*;
pub use top::*;
pub use topics::*;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Operate a Kafka-based robot fleet: topics, keys, robots, signed commands, halts, anomalies.
#[derive(Debug, Parser)]
#[command(
    name = "fleetctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(after_long_help = crate::exit::Exit::table_text())]
pub struct Cli {
    /// Options shared by every subcommand.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The subcommand to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every subcommand (flag > environment > context > default).
#[derive(Debug, Args, Default, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Kafka bootstrap servers, comma separated
    #[arg(
        long,
        global = true,
        env = "KAFKA_BOOTSTRAP_SERVERS",
        value_name = "HOST:PORT,.."
    )]
    pub brokers: Option<String>,
    /// Named context from the config file to use instead of the current one
    #[arg(long, global = true, env = "FLEETCTL_CONTEXT", value_name = "NAME")]
    pub context: Option<String>,
    /// Security protocol for the broker connection
    #[arg(long, global = true, env = "KAFKA_SECURITY_PROTOCOL", value_enum)]
    pub security_protocol: Option<SecurityProtocol>,
    /// SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)
    #[arg(long, global = true, env = "SASL_MECHANISM", value_name = "MECHANISM")]
    pub sasl_mechanism: Option<String>,
    /// SASL username
    #[arg(long, global = true, env = "SASL_USERNAME", value_name = "USER")]
    pub sasl_username: Option<String>,
    /// SASL password (prefer the environment variable; it is never printed)
    #[arg(
        long,
        global = true,
        env = "SASL_PASSWORD",
        hide_env_values = true,
        value_name = "PASSWORD"
    )]
    pub sasl_password: Option<String>,
    /// Path of the CA certificate(s) used to verify the brokers
    #[arg(long, global = true, env = "KAFKA_TLS_CA", value_name = "PATH")]
    pub tls_ca: Option<PathBuf>,
    /// Path of the client certificate for mutual TLS
    #[arg(long, global = true, env = "KAFKA_TLS_CERT", value_name = "PATH")]
    pub tls_cert: Option<PathBuf>,
    /// Path of the client private key for mutual TLS
    #[arg(long, global = true, env = "KAFKA_TLS_KEY", value_name = "PATH")]
    pub tls_key: Option<PathBuf>,
    /// Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)
    #[arg(short = 'X', global = true, value_name = "KEY=VALUE")]
    pub rdkafka: Vec<String>,
    /// Prefix put before every topic name of the catalog (for example `prod.`)
    #[arg(
        long,
        global = true,
        env = "FLEETCTL_TOPIC_PREFIX",
        value_name = "PREFIX"
    )]
    pub topic_prefix: Option<String>,
    /// How long to wait for the brokers to answer a metadata or admin request
    #[arg(long, global = true, env = "FLEETCTL_BROKER_TIMEOUT", value_name = "DURATION", value_parser = parse_duration)]
    pub broker_timeout: Option<std::time::Duration>,
    /// PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a
    /// password in it is never printed)
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub postgres: Option<String>,
    /// Schema registry URL (Confluent REST API; Apicurio's is under /apis/ccompat/v7)
    #[arg(long, global = true, env = "SCHEMA_REGISTRY_URL", value_name = "URL")]
    pub schema_registry: Option<String>,
    /// Schema registry basic-auth user
    #[arg(long, global = true, env = "SCHEMA_REGISTRY_USER", value_name = "USER")]
    pub schema_registry_user: Option<String>,
    /// Schema registry basic-auth password (prefer the environment variable; it is never
    /// printed)
    #[arg(
        long,
        global = true,
        env = "SCHEMA_REGISTRY_PASSWORD",
        hide_env_values = true,
        value_name = "PASSWORD"
    )]
    pub schema_registry_password: Option<String>,
    /// Path of the CA certificate used to verify the schema registry's TLS certificate
    #[arg(long, global = true, env = "SCHEMA_REGISTRY_CA", value_name = "PATH")]
    pub schema_registry_ca: Option<PathBuf>,
    /// Output format for data printed on stdout
    #[arg(long, global = true, value_enum, env = "FLEETCTL_FORMAT")]
    pub format: Option<Format>,
    /// When to use colour (NO_COLOR in the environment means never)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only data and errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More log output on stderr (-v info, -vv debug, -vvv trace)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Log line format on stderr
    #[arg(long, global = true, value_enum, env = "FLEETCTL_LOG_FORMAT", default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Directory holding config.toml and keys/ (default: the platform config directory)
    #[arg(long, global = true, env = "FLEETCTL_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Ids of the options typed on the command line (not from the environment or defaults).
    #[arg(skip)]
    pub typed: Vec<String>,
}

impl Cli {
    /// Parses the command line, remembering which options were typed rather than taken from env.
    pub fn parse_args() -> Result<Cli, clap::Error> {
        use clap::{CommandFactory, FromArgMatches};
        let matches = Cli::command().try_get_matches()?;
        let mut cli = Cli::from_arg_matches(&matches)?;
        let mut deepest = &matches;
        while let Some((_, sub)) = deepest.subcommand() {
            deepest = sub;
        }
        cli.global.typed = deepest
            .ids()
            .filter(|id| {
                deepest.value_source(id.as_str()) == Some(clap::parser::ValueSource::CommandLine)
            })
            .map(|id| id.as_str().to_string())
            .collect();
        Ok(cli)
    }
}

/// An `--instance` identity: it becomes part of a `group.instance.id` and a `transactional.id`,
/// so it is kept to characters every broker and log accepts.
pub fn parse_instance(s: &str) -> Result<String, String> {
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    if s.is_empty() || s.len() > 64 || !s.chars().all(ok) {
        return Err("1 to 64 letters, digits, '.', '_' or '-' (for example 0 or east-1)".into());
    }
    Ok(s.to_string())
}

impl GlobalArgs {
    /// Whether the option with this field name was typed on the command line.
    pub fn typed(&self, id: &str) -> bool {
        self.typed.iter().any(|t| t == id)
    }
}

pub use crate::model::time::parse_duration;

pub use crate::config::SecurityProtocol;
pub use crate::logging::LogFormat;
pub use crate::output::{ColorChoice, Format};
pub use crate::schemas::wire::ValueFormat;

/// clap's view of a plain enum of the library: its values as typed, with the help text shown in
/// `--help`. The enums live with what uses them (output, logging, config); only this glue knows
/// clap.
macro_rules! value_enum {
    ($ty:ty { $($variant:ident => $name:literal, $help:literal;)+ }) => {
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$(<$ty>::$variant),+]
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(match self {
                    $(<$ty>::$variant => clap::builder::PossibleValue::new($name).help($help)),+
                })
            }
        }
    };
}

value_enum!(Format {
    Table => "table", "A table for people (plain columns when stdout is not a terminal)";
    Json => "json", "One JSON document";
    Ndjson => "ndjson", "One JSON object per line, each with a \"type\" field";
});

value_enum!(ColorChoice {
    Auto => "auto", "Colour when the stream is a terminal and NO_COLOR is not set";
    Always => "always", "Always colour";
    Never => "never", "Never colour";
});

value_enum!(LogFormat {
    Text => "text", "Human-readable lines";
    Json => "json", "One JSON object per line";
});

value_enum!(ValueFormat {
    Json => "json", "Plain JSON, no registry";
    JsonSr => "json-sr", "JSON in the Confluent wire format (magic byte, schema id, JSON)";
    AvroSr => "avro-sr", "Avro in the Confluent wire format (magic byte, schema id, Avro)";
});

value_enum!(SecurityProtocol {
    Plaintext => "plaintext", "No TLS, no SASL";
    Ssl => "ssl", "TLS";
    SaslPlaintext => "sasl-plaintext", "SASL without TLS";
    SaslSsl => "sasl-ssl", "SASL over TLS";
});

impl GlobalArgs {
    /// What the printer needs from the global flags.
    pub fn output(&self) -> crate::output::OutputOptions {
        crate::output::OutputOptions {
            format: self.format.unwrap_or_default(),
            color: self.color,
            quiet: self.quiet,
            verbose: self.verbose,
        }
    }

    /// What the log setup needs from the global flags.
    pub fn logs(&self) -> crate::logging::LogOptions {
        crate::logging::LogOptions {
            format: self.log_format,
            color: self.color,
            quiet: self.quiet,
            verbose: self.verbose,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage named contexts (brokers, security, topic prefix) in the config file
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Plan, create, list and describe the fleet's topics against the catalog
    #[command(subcommand)]
    Topics(TopicsCommand),
    /// Plan and apply least-privilege ACLs for each role's principal
    #[command(subcommand)]
    Acls(AclsCommand),
    /// Generate an Ed25519 key pair for a signing role
    Keygen(KeygenArgs),
    /// Inspect the trusted signing keys
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Simulate robots: telemetry out, completed commands and halts in
    Simulate(SimulateCommand),
    /// Look at the fleet
    #[command(subcommand)]
    Fleet(FleetCommand),
    /// Local development helpers
    #[command(subcommand)]
    Dev(DevCommand),
    /// Run a long-running role: executor, retry, control center, safety monitor
    #[command(subcommand)]
    Run(RunCommand),
    /// Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement
    Halt(HaltArgs),
    /// Lift a halt of the same scope; robots resume from their preserved state
    Resume(HaltArgs),
    /// The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt
    Demo(DemoArgs),
    /// Canary rollout: failure rates of real and dry-run commands
    #[command(subcommand)]
    Canary(CanaryCommand),
    /// The PostgreSQL archive: schema migrations (`run archiver` fills it)
    #[command(subcommand)]
    Archive(ArchiveCommand),
    /// Inspect and replay the dead-letter queue of robot commands
    #[command(subcommand)]
    Dlq(DlqCommand),
    /// Committed offset, log end and lag per partition of consumer groups
    Lag(LagArgs),
    /// Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas
    Doctor(DoctorArgs),
    /// The schemas of every record fleetctl writes: list, show, register, check compatibility
    #[command(subcommand)]
    Schemas(SchemasCommand),
    /// Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)
    Top(TopArgs),
    /// Replay recorded data onto the fleet's topics
    #[command(subcommand)]
    Replay(ReplayCommand),
    /// Read and display records from the fleet's topics
    #[command(subcommand)]
    Consume(ConsumeCommand),
    /// List and work operator alerts
    #[command(subcommand)]
    Alerts(AlertsCommand),
    /// Acknowledge something that waits for an operator
    #[command(subcommand)]
    Ack(AckCommand),
    /// Write shell completions and man pages (used to refresh completions/ and man/)
    #[command(hide = true)]
    Generate(GenerateArgs),
}

/// `fleetctl archive ...`
#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Create or update the archive's tables (the archiver also does this when it starts)
    Migrate,
}

/// Local development helpers.
#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Run an embedded Kafka-compatible broker (librdkafka's mock cluster) until Ctrl-C
    Broker(DevBrokerArgs),
}

/// Options of `dev broker`.
#[derive(Debug, Args)]
pub struct DevBrokerArgs {
    /// Name of the context written to the config file, pointing at this broker
    #[arg(long, default_value = "local", value_name = "NAME")]
    pub context_name: String,
    /// Fleet size used to size the per-robot topics
    #[arg(long, env = "DEFAULT_NUM_ROBOTS", value_name = "N")]
    pub robots: Option<u32>,
    /// Do not write the context to the config file
    #[arg(long)]
    pub no_context: bool,
}

/// Options of the hidden `generate` command.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory under which completions/ and man/ are written
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub out: PathBuf,
}

#[cfg(test)]
mod tests {
    #[test]
    fn clap_definitions_are_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }

    /// The defaults clap spells as text (durations) agree with the roles' own.
    #[test]
    fn text_defaults_match_the_roles() {
        use clap::Parser;
        let parse = |args: &[&str]| match super::Cli::try_parse_from(args).unwrap().command {
            super::Command::Run(r) => r,
            other => panic!("not a run command: {other:?}"),
        };
        match parse(&["fleetctl", "run", "control-center"]) {
            super::fleet::RunCommand::ControlCenter(a) => {
                let d = crate::roles::control_center::ControlOptions::default();
                assert_eq!(a.cooldown, d.cooldown);
                assert_eq!(a.low_battery, d.low_battery);
            }
            other => panic!("{other:?}"),
        }
        let sim = match super::Cli::try_parse_from(["fleetctl", "simulate"])
            .unwrap()
            .command
        {
            super::Command::Simulate(s) => s,
            other => panic!("not simulate: {other:?}"),
        };
        let d = crate::roles::robots::SimOptions::default();
        assert_eq!(sim.robots.interval, d.interval);
        assert_eq!(sim.robots.speedup, d.speedup);
        match parse(&["fleetctl", "run", "safety-monitor"]) {
            super::fleet::RunCommand::SafetyMonitor(a) => {
                let d = crate::roles::safety_monitor::SafetyOptions::default();
                assert_eq!(a.window, d.window);
                assert_eq!(a.halt_fraction, d.halt_fraction);
            }
            other => panic!("{other:?}"),
        }
    }
}
