//! Command-line definitions of `fleetctl config`.

use clap::{Args, Subcommand};

/// `fleetctl config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Create or update a named context
    SetContext(SetContextArgs),
    /// Make a context the current one
    UseContext {
        /// Name of the context
        name: String,
    },
    /// List the contexts
    GetContexts,
    /// Print the name of the current context
    CurrentContext,
    /// Show the config file with secrets redacted
    View,
    /// Delete a context
    DeleteContext {
        /// Name of the context
        name: String,
    },
}

/// Options of `config set-context`. The connection flags are the global ones (`--brokers`,
/// `--security-protocol`, `--sasl-*`, `--tls-*`, `--topic-prefix`); only those typed on the
/// command line are stored, never values that came from the environment.
#[derive(Debug, Args)]
pub struct SetContextArgs {
    /// Name of the context
    pub name: String,
    /// Replication factor of created topics
    #[arg(long, value_name = "N")]
    pub replication_factor: Option<i32>,
    /// Operator id recorded on alert actions
    #[arg(long, value_name = "ID")]
    pub operator: Option<String>,
    /// Principal of a role in the ACL plan, as ROLE=PRINCIPAL (repeatable; `ROLE=` removes
    /// it); `fleetctl acls plan --help` lists the roles
    #[arg(long = "principal", value_name = "ROLE=PRINCIPAL")]
    pub principals: Vec<String>,
    /// Also make this the current context
    #[arg(long = "use")]
    pub make_current: bool,
}
