//! `fleetctl dev broker`: the embedded broker in the foreground, with a `local` context.

use serde::Serialize;

use crate::catalog;
use crate::cli::{CatalogArgs, DevBrokerArgs};
use crate::error::Result;
use crate::exit::Exit;
use crate::kafka::embedded::EmbeddedBroker;
use crate::settings::Settings;

/// What the embedded broker announces on stdout.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "broker")]
struct Started {
    /// Bootstrap address.
    bootstrap_servers: String,
    /// Context written to the config file, if any.
    context: Option<String>,
    /// Topics created.
    topics: usize,
}

pub async fn broker(settings: &Settings, a: DevBrokerArgs) -> Result<Exit> {
    let params = super::topics::catalog_params(
        settings,
        &CatalogArgs {
            robots: a.robots,
            partitions_per_100_robots: None,
        },
    )?;
    let specs = catalog::catalog(&params);
    let broker = EmbeddedBroker::start(&specs)?;
    let bootstrap = broker.bootstrap_servers();
    let context = if a.no_context {
        None
    } else {
        let path = settings.paths.config_file();
        let mut cfg = settings.config.clone();
        let ctx = cfg.contexts.entry(a.context_name.clone()).or_default();
        ctx.brokers = Some(bootstrap.clone());
        if !settings.topic_prefix.is_empty() {
            ctx.topic_prefix = Some(settings.topic_prefix.clone());
        }
        cfg.save(&path)?;
        Some(a.context_name.clone())
    };
    let started = Started {
        bootstrap_servers: bootstrap.clone(),
        context: context.clone(),
        topics: specs.len(),
    };
    settings.printer.stream(&started, |_| bootstrap.clone())?;
    settings.printer.status(format!(
        "embedded broker (librdkafka mock cluster) on {bootstrap} with {} topics{}; Ctrl-C stops it",
        specs.len(),
        context.map(|c| format!("; other terminals: fleetctl --context {c} ...")).unwrap_or_default()
    ));
    let token = crate::shutdown::install();
    token.cancelled().await;
    drop(broker);
    settings.printer.status("embedded broker stopped");
    Ok(Exit::Ok)
}
