//! `fleetctl run safety-monitor`: thresholds from flags, the safety key, the role, its summary.

use std::sync::Arc;

use crate::catalog::names;
use crate::cli::SafetyMonitorArgs;
use crate::error::Result;
use crate::exit::Exit;
use crate::ops::metrics_endpoint;
use crate::roles::safety_monitor::rules::Thresholds;
use crate::roles::safety_monitor::{self, SafetyOptions, SafetyStats};
use crate::settings::Settings;
use crate::signing::envelope::Signer;
use crate::signing::{load_private, Role};

pub async fn run(settings: &Settings, a: SafetyMonitorArgs) -> Result<Exit> {
    let thresholds = Thresholds::with_overrides(&a.thresholds)?;
    let k = settings.kafka()?;
    let mut signer = Signer::new(load_private(&settings.paths.keys_dir(), Role::Safety)?);
    signer.ttl = a.validity.ttl();
    let opts = SafetyOptions {
        group: settings.group(a.role.group.as_ref(), safety_monitor::GROUP),
        instance: a.role.instance.clone(),
        duration: a.role.duration,
        halt_fraction: a.halt_fraction,
        window: a.window,
        thresholds,
        registry: settings.registry()?,
    };
    settings.printer.status(format!(
        "safety monitor: group {}, fleet halt above {:.0}% critical within {:?}, signing with safety key {}",
        opts.group,
        opts.halt_fraction * 100.0,
        opts.window,
        signer.key.key_id
    ));
    let cancel = crate::shutdown::install();
    let lag = super::summary::lag_source(settings, &opts.group, names::TELEMETRY_SAFETY)?;
    let stats = Arc::new(SafetyStats::default());
    let role = safety_monitor::run(k, &settings.topic_prefix, signer, opts, stats, &cancel);
    let summary =
        metrics_endpoint::serving(a.role.metrics.metrics_addr, &cancel, Some(lag), role).await??;
    super::summary::print(&settings.printer, &summary)?;
    Ok(super::summary::exit(summary.interrupted))
}
