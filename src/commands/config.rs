//! `fleetctl config`: named contexts in the config file.

use std::path::Path;

use serde::Serialize;

use crate::cli::{ConfigCommand, GlobalArgs, SetContextArgs};
use crate::config::{ConfigFile, Context};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::{Printer, Tone};
use crate::settings::Settings;

/// One context as listed.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "context")]
struct ContextRow {
    /// Name.
    name: String,
    /// Whether it is the current context.
    current: bool,
    /// Bootstrap servers.
    brokers: Option<String>,
    /// Topic prefix.
    topic_prefix: Option<String>,
    /// Security protocol.
    security_protocol: Option<String>,
}

/// The config file as shown by `view`, secrets redacted.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "config")]
struct ConfigView {
    /// Path of the file.
    path: String,
    /// Current context.
    current_context: Option<String>,
    /// Contexts, redacted.
    contexts: std::collections::BTreeMap<String, Context>,
}

/// The current context's name.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "current_context")]
struct Current {
    /// Name, if one is set.
    name: Option<String>,
}

/// Runs one `config` subcommand on the config file.
pub fn run(settings: &Settings, global: &GlobalArgs, cmd: ConfigCommand) -> Result<Exit> {
    let path = settings.paths.config_file();
    let mut cfg = settings.config.clone();
    let p = &settings.printer;
    match cmd {
        ConfigCommand::SetContext(a) => set_context(p, &path, &mut cfg, global, &a),
        ConfigCommand::UseContext { name } => use_context(p, &path, &mut cfg, &name),
        ConfigCommand::GetContexts => get_contexts(p, &cfg),
        ConfigCommand::CurrentContext => current_context(p, &cfg),
        ConfigCommand::View => view(p, &path, &cfg),
        ConfigCommand::DeleteContext { name } => delete_context(p, &path, &mut cfg, &name),
    }
}

/// `set-context`: creates or updates a context from the options typed, current if it is the
/// first or `--current` asks for it.
fn set_context(
    p: &Printer,
    path: &Path,
    cfg: &mut ConfigFile,
    global: &GlobalArgs,
    a: &SetContextArgs,
) -> Result<Exit> {
    let name = a.name.clone();
    if name.trim().is_empty() {
        return Err(Error::usage("a context name cannot be empty"));
    }
    let created = !cfg.contexts.contains_key(&name);
    let ctx = cfg.contexts.entry(name.clone()).or_default();
    apply(ctx, global, a)?;
    if a.make_current || cfg.current_context.is_none() {
        cfg.current_context = Some(name.clone());
    }
    cfg.save(path)?;
    p.status(format!(
        "{} context `{name}` in {}",
        if created { "created" } else { "updated" },
        path.display()
    ));
    Ok(Exit::Ok)
}

/// `use-context`: makes an existing context the current one.
fn use_context(p: &Printer, path: &Path, cfg: &mut ConfigFile, name: &str) -> Result<Exit> {
    if !cfg.contexts.contains_key(name) {
        return Err(Error::NotFound(format!(
            "no context named `{name}`; `fleetctl config get-contexts` lists them"
        )));
    }
    cfg.current_context = Some(name.to_string());
    cfg.save(path)?;
    p.status(format!("switched to context `{name}`"));
    Ok(Exit::Ok)
}

/// `get-contexts`: lists the contexts, the current one marked.
fn get_contexts(p: &Printer, cfg: &ConfigFile) -> Result<Exit> {
    let rows: Vec<ContextRow> = cfg
        .contexts
        .iter()
        .map(|(n, c)| ContextRow {
            current: cfg.current_context.as_deref() == Some(n),
            name: n.clone(),
            brokers: c.brokers.clone(),
            topic_prefix: c.topic_prefix.clone(),
            security_protocol: c.security_protocol.map(|s| s.as_rdkafka().to_string()),
        })
        .collect();
    p.records(&rows, |p| {
        let mut t = p.table(&["current", "name", "brokers", "topic prefix", "security"]);
        for r in &rows {
            t.add_row(vec![
                p.cell(if r.current { "*" } else { "" }, Tone::Good),
                p.cell(&r.name, Tone::Plain),
                p.cell(r.brokers.as_deref().unwrap_or("-"), Tone::Plain),
                p.cell(r.topic_prefix.as_deref().unwrap_or(""), Tone::Plain),
                p.cell(
                    r.security_protocol.as_deref().unwrap_or("plaintext"),
                    Tone::Plain,
                ),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

/// `current-context`: prints the current context's name; not found when none is set.
fn current_context(p: &Printer, cfg: &ConfigFile) -> Result<Exit> {
    let cur = Current {
        name: cfg.current_context.clone(),
    };
    p.record(&cur, |_| cur.name.clone().unwrap_or_default())?;
    Ok(if cur.name.is_some() {
        Exit::Ok
    } else {
        Exit::NotFound
    })
}

/// `view`: prints the config file with its secrets redacted.
fn view(p: &Printer, path: &Path, cfg: &ConfigFile) -> Result<Exit> {
    let view = ConfigView {
        path: path.display().to_string(),
        current_context: cfg.current_context.clone(),
        contexts: cfg
            .contexts
            .iter()
            .map(|(n, c)| (n.clone(), c.redacted()))
            .collect(),
    };
    p.record(&view, |_| {
        let redacted = crate::config::ConfigFile {
            current_context: view.current_context.clone(),
            contexts: view.contexts.clone(),
        };
        format!(
            "# {}\n{}",
            view.path,
            toml::to_string_pretty(&redacted)
                .unwrap_or_default()
                .trim_end()
        )
    })?;
    Ok(Exit::Ok)
}

/// `delete-context`: removes a context; the current context is unset if it was this one.
fn delete_context(p: &Printer, path: &Path, cfg: &mut ConfigFile, name: &str) -> Result<Exit> {
    if cfg.contexts.remove(name).is_none() {
        return Err(Error::NotFound(format!("no context named `{name}`")));
    }
    if cfg.current_context.as_deref() == Some(name) {
        cfg.current_context = None;
    }
    cfg.save(path)?;
    p.status(format!("deleted context `{name}`"));
    Ok(Exit::Ok)
}

/// Applies the options typed on the command line to a context; an empty value clears a setting.
fn apply(ctx: &mut Context, g: &GlobalArgs, a: &SetContextArgs) -> Result<()> {
    let path = |p: &Option<std::path::PathBuf>| p.as_ref().map(|p| p.display().to_string());
    let fields: [(&str, &mut Option<String>, Option<String>); 13] = [
        ("postgres", &mut ctx.database_url, g.postgres.clone()),
        ("brokers", &mut ctx.brokers, g.brokers.clone()),
        (
            "sasl_mechanism",
            &mut ctx.sasl_mechanism,
            g.sasl_mechanism.clone(),
        ),
        (
            "sasl_username",
            &mut ctx.sasl_username,
            g.sasl_username.clone(),
        ),
        (
            "sasl_password",
            &mut ctx.sasl_password,
            g.sasl_password.clone(),
        ),
        ("tls_ca", &mut ctx.tls_ca, path(&g.tls_ca)),
        ("tls_cert", &mut ctx.tls_cert, path(&g.tls_cert)),
        ("tls_key", &mut ctx.tls_key, path(&g.tls_key)),
        (
            "schema_registry",
            &mut ctx.schema_registry,
            g.schema_registry.clone(),
        ),
        (
            "schema_registry_user",
            &mut ctx.schema_registry_user,
            g.schema_registry_user.clone(),
        ),
        (
            "schema_registry_password",
            &mut ctx.schema_registry_password,
            g.schema_registry_password.clone(),
        ),
        (
            "schema_registry_ca",
            &mut ctx.schema_registry_ca,
            path(&g.schema_registry_ca),
        ),
        (
            "topic_prefix",
            &mut ctx.topic_prefix,
            g.topic_prefix.clone(),
        ),
    ];
    for (id, slot, value) in fields {
        if g.typed(id) {
            *slot = value.filter(|v| !v.is_empty());
        }
    }
    if g.typed("security_protocol") {
        ctx.security_protocol = g.security_protocol;
    }
    if let Some(op) = &a.operator {
        ctx.operator = Some(op.clone()).filter(|v| !v.is_empty());
    }
    let (cleared, set): (Vec<&String>, Vec<&String>) =
        a.principals.iter().partition(|p| p.ends_with('='));
    for role in cleared {
        ctx.acl_principals.remove(role.trim_end_matches('=').trim());
    }
    let set: Vec<String> = set.into_iter().cloned().collect();
    ctx.acl_principals
        .extend(crate::acls::principals(&Default::default(), &set)?);
    if let Some(rf) = a.replication_factor {
        if rf < 1 {
            return Err(Error::usage("--replication-factor must be at least 1"));
        }
        ctx.replication_factor = Some(rf);
    }
    Ok(())
}
