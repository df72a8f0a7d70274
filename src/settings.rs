//! Resolves flags, environment, the config file's context and defaults into one `Settings`,
//! once per run (flag > environment > context > default). No clap type goes past this point.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::config::{ConfigFile, Context, Paths, TopicOverride};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::registry::{RegistryClient, RegistrySettings};

/// Default wait for metadata and admin requests.
pub const DEFAULT_BROKER_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything a command needs to know about where and how to run.
#[derive(Debug)]
pub struct Settings {
    /// Where the config file and keys live.
    pub paths: Paths,
    /// The config file as loaded.
    pub config: ConfigFile,
    /// Name of the selected context, if any.
    pub context_name: Option<String>,
    /// Why the requested context could not be used (reported only by commands that need it).
    context_error: Option<String>,
    /// Connection settings.
    pub kafka: KafkaSettings,
    /// Prefix of every catalog topic name.
    pub topic_prefix: String,
    /// Replication factor of created topics.
    pub replication_factor: i32,
    /// Per-topic overrides from the context.
    pub topic_overrides: BTreeMap<String, TopicOverride>,
    /// Operator id from the environment or context.
    pub operator: Option<String>,
    /// PostgreSQL URL of the archive, if configured anywhere (a secret when it has a password).
    pub database_url: Option<String>,
    /// How to reach the schema registry.
    pub registry: RegistrySettings,
    /// The principal of each role from the context (`--principal` flags go over it).
    pub acl_principals: BTreeMap<String, String>,
    /// Output decisions (format, colour, quiet).
    pub printer: Printer,
}

/// Connection settings for librdkafka clients.
#[derive(Debug, Clone, Default)]
pub struct KafkaSettings {
    /// Bootstrap servers, if configured anywhere.
    pub brokers: Option<String>,
    /// librdkafka properties other than bootstrap.servers, in increasing precedence.
    pub properties: Vec<(String, String)>,
    /// Wait for metadata and admin requests.
    pub timeout: Duration,
}

/// The message given when a command needs a broker and none is configured.
pub const NO_BROKER_HELP: &str = "no Kafka brokers configured. Pass --brokers HOST:PORT, set \
KAFKA_BOOTSTRAP_SERVERS, or select a context (`fleetctl config set-context NAME --brokers HOST:PORT --use`, \
or --context NAME / FLEETCTL_CONTEXT). For a local broker run `fleetctl dev broker` and use --context local.";

/// The message given when a command needs the archive and no database is configured.
pub const NO_DATABASE_HELP: &str =
    "no database configured. Pass --postgres URL, set DATABASE_URL, \
or store one in a context (`fleetctl config set-context NAME --postgres URL`)";

/// The context in force (named by the flag or environment, else the config file's current one):
/// its name, its settings, and an error to report if a named one does not exist.
fn select_context(
    args: &GlobalArgs,
    config: &ConfigFile,
    paths: &Paths,
) -> (Option<String>, Context, Option<String>) {
    let context_name = args
        .context
        .clone()
        .or_else(|| config.current_context.clone());
    let (ctx, context_error) = match &context_name {
        Some(name) => match config.contexts.get(name) {
            Some(c) => (c.clone(), None),
            None => (
                Context::default(),
                Some(format!(
                    "no context named `{name}` in {}; `fleetctl config get-contexts` lists them",
                    paths.config_file().display()
                )),
            ),
        },
        None => (Context::default(), None),
    };
    (context_name, ctx, context_error)
}

/// librdkafka properties in the order they apply (later wins): the context's own, then security
/// from flag or environment else context, then `-X`.
fn kafka_properties(args: &GlobalArgs, ctx: &Context) -> Result<Vec<(String, String)>> {
    let mut properties: Vec<(String, String)> = ctx.properties.clone().into_iter().collect();
    let mut set = |k: &str, flag: Option<String>, ctx: Option<String>| {
        if let Some(v) = flag.or(ctx) {
            properties.push((k.to_string(), v));
        }
    };
    set(
        "security.protocol",
        args.security_protocol.map(|p| p.as_rdkafka().to_string()),
        ctx.security_protocol.map(|p| p.as_rdkafka().to_string()),
    );
    set(
        "sasl.mechanism",
        args.sasl_mechanism.clone(),
        ctx.sasl_mechanism.clone(),
    );
    set(
        "sasl.username",
        args.sasl_username.clone(),
        ctx.sasl_username.clone(),
    );
    set(
        "sasl.password",
        args.sasl_password.clone(),
        ctx.sasl_password.clone(),
    );
    let path = |p: &Option<std::path::PathBuf>| p.as_ref().map(|p| p.display().to_string());
    set("ssl.ca.location", path(&args.tls_ca), ctx.tls_ca.clone());
    // The deployment design's KAFKA_CLIENT_CERT / KAFKA_CLIENT_KEY come after the flag and
    // KAFKA_TLS_CERT / KAFKA_TLS_KEY, before the context; each holds a path or the PEM itself.
    for (flag, design_env, from_ctx, location, pem) in [
        (
            &args.tls_cert,
            "KAFKA_CLIENT_CERT",
            &ctx.tls_cert,
            "ssl.certificate.location",
            "ssl.certificate.pem",
        ),
        (
            &args.tls_key,
            "KAFKA_CLIENT_KEY",
            &ctx.tls_key,
            "ssl.key.location",
            "ssl.key.pem",
        ),
    ] {
        match (path(flag), design_value(design_env)) {
            (Some(p), _) => set(location, Some(p), None),
            (None, Some(v)) if v.trim_start().starts_with("-----BEGIN") => set(pem, Some(v), None),
            (None, Some(v)) => set(location, Some(v), None),
            (None, None) => set(location, None, from_ctx.clone()),
        }
    }
    for kv in &args.rdkafka {
        let (k, v) = kv
            .split_once('=')
            .filter(|(k, _)| !k.trim().is_empty())
            .ok_or_else(|| Error::usage(format!("-X expects KEY=VALUE, got `{kv}`")))?;
        properties.push((k.trim().to_string(), v.to_string()));
    }
    Ok(properties)
}

/// Registry settings: each from the flag or environment, else the context.
fn registry_settings(args: &GlobalArgs, ctx: &Context) -> RegistrySettings {
    let pick = |flag: &Option<String>, ctx: &Option<String>| {
        flag.clone()
            .or(ctx.clone())
            .filter(|v| !v.trim().is_empty())
    };
    let ca = args
        .schema_registry_ca
        .as_ref()
        .map(|p| p.display().to_string());
    RegistrySettings {
        url: pick(&args.schema_registry, &ctx.schema_registry),
        username: pick(&args.schema_registry_user, &ctx.schema_registry_user),
        password: pick(
            &args.schema_registry_password,
            &ctx.schema_registry_password,
        ),
        tls_ca: pick(&ca, &ctx.schema_registry_ca),
        timeout: args.broker_timeout.unwrap_or(DEFAULT_BROKER_TIMEOUT),
    }
}

/// A variable of the original design that is set to something.
fn design_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    /// Resolves the global options once.
    pub fn resolve(args: &GlobalArgs) -> Result<Self> {
        let printer = Printer::new(&args.output());
        let paths = Paths::resolve(args.config_dir.as_deref())?;
        let config = ConfigFile::load(&paths.config_file())?;
        let (context_name, ctx, context_error) = select_context(args, &config, &paths);
        let properties = kafka_properties(args, &ctx)?;
        let replication_factor = ctx.replication_factor.unwrap_or(1);
        if replication_factor < 1 {
            return Err(Error::usage(
                "replication-factor in the context must be at least 1",
            ));
        }
        Ok(Settings {
            kafka: KafkaSettings {
                brokers: args
                    .brokers
                    .clone()
                    .or(ctx.brokers.clone())
                    .filter(|b| !b.trim().is_empty()),
                properties,
                timeout: args.broker_timeout.unwrap_or(DEFAULT_BROKER_TIMEOUT),
            },
            topic_prefix: args
                .topic_prefix
                .clone()
                .or(ctx.topic_prefix.clone())
                .unwrap_or_default(),
            replication_factor,
            topic_overrides: ctx.topics.clone(),
            acl_principals: ctx.acl_principals.clone(),
            registry: registry_settings(args, &ctx),
            operator: std::env::var("FLEETCTL_OPERATOR")
                .ok()
                .or(ctx.operator.clone()),
            database_url: args
                .postgres
                .clone()
                .or(ctx.database_url.clone())
                .filter(|u| !u.trim().is_empty()),
            paths,
            config,
            context_name,
            context_error,
            printer,
        })
    }

    /// The archive's URL, or a usage error naming the ways to configure one.
    pub fn database(&self) -> Result<&str> {
        self.database_url
            .as_deref()
            .ok_or_else(|| Error::usage(NO_DATABASE_HELP))
    }

    /// The consumer group a role uses: the one given, else `<topic prefix><base>`, so that fleets
    /// told apart by a topic prefix never share a group.
    pub fn group(&self, given: Option<&String>, base: &str) -> String {
        given
            .cloned()
            .unwrap_or_else(|| format!("{}{base}", self.topic_prefix))
    }

    /// A client of the configured schema registry, `None` when none is configured.
    pub fn registry(&self) -> Result<Option<std::sync::Arc<RegistryClient>>> {
        if self.registry.url.is_none() {
            return Ok(None);
        }
        RegistryClient::new(&self.registry).map(|c| Some(std::sync::Arc::new(c)))
    }

    /// Connection settings for a command that needs a broker: errors name every way to configure one.
    pub fn kafka(&self) -> Result<&KafkaSettings> {
        if let Some(e) = &self.context_error {
            return Err(Error::NotFound(e.clone()));
        }
        if self.kafka.brokers.is_none() {
            return Err(Error::Broker(NO_BROKER_HELP.into()));
        }
        Ok(&self.kafka)
    }
}
