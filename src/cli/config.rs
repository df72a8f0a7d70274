//! Command-line definitions of `fleetctl config`.

use clap::{Args, Subcommand};

use super::SecurityProtocol;

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

/// Options of `config set-context`; each one given replaces the stored value.
#[derive(Debug, Args)]
pub struct SetContextArgs {
    /// Name of the context
    pub name: String,
    /// Kafka bootstrap servers
    #[arg(long = "brokers", value_name = "HOST:PORT,..", id = "ctx_brokers")]
    pub brokers: Option<String>,
    /// Security protocol
    #[arg(long = "security-protocol", value_enum, id = "ctx_security_protocol")]
    pub security_protocol: Option<SecurityProtocol>,
    /// SASL mechanism
    #[arg(long = "sasl-mechanism", id = "ctx_sasl_mechanism")]
    pub sasl_mechanism: Option<String>,
    /// SASL username
    #[arg(long = "sasl-username", id = "ctx_sasl_username")]
    pub sasl_username: Option<String>,
    /// SASL password (stored in the config file, which is written with mode 0600)
    #[arg(long = "sasl-password", id = "ctx_sasl_password")]
    pub sasl_password: Option<String>,
    /// CA certificate path
    #[arg(long = "tls-ca", id = "ctx_tls_ca")]
    pub tls_ca: Option<String>,
    /// Client certificate path
    #[arg(long = "tls-cert", id = "ctx_tls_cert")]
    pub tls_cert: Option<String>,
    /// Client key path
    #[arg(long = "tls-key", id = "ctx_tls_key")]
    pub tls_key: Option<String>,
    /// Topic name prefix
    #[arg(long = "topic-prefix", id = "ctx_topic_prefix")]
    pub topic_prefix: Option<String>,
    /// Replication factor of created topics
    #[arg(long, value_name = "N")]
    pub replication_factor: Option<i32>,
    /// Operator id recorded on alert actions
    #[arg(long, value_name = "ID")]
    pub operator: Option<String>,
    /// Also make this the current context
    #[arg(long = "use")]
    pub make_current: bool,
}
