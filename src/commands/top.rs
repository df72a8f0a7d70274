//! `fleetctl top`: the live dashboard; exit 0 on q, 130 on Ctrl-C or SIGTERM.

use crate::cli::TopArgs;
use crate::error::Result;
use crate::exit::Exit;
use crate::settings::Settings;
use crate::top::{self, Ended, TopOptions};

pub async fn run(settings: &Settings, a: TopArgs) -> Result<Exit> {
    // Refused before anything else, so a pipe never gets escape codes or waits on a broker.
    top::term::require_terminal()?;
    let k = settings.kafka()?;
    let o = TopOptions {
        prefix: settings.topic_prefix.clone(),
        refresh: a.refresh,
        zone: a.zone,
        registry: settings.registry()?,
    };
    let interrupted = crate::shutdown::install();
    let never = tokio_util::sync::CancellationToken::new();
    Ok(match top::run(k, o, &never, &interrupted).await? {
        Ended::Quit => Exit::Ok,
        Ended::Interrupted => Exit::Interrupted,
    })
}
