//! `fleetctl run control-center`: options from flags, the control key, the role, its summary.

use std::sync::Arc;

use crate::catalog::names;
use crate::cli::ControlCenterArgs;
use crate::error::Result;
use crate::exit::Exit;
use crate::ops::metrics_endpoint;
use crate::roles::control_center::{self, ControlOptions, ControlStats};
use crate::settings::Settings;
use crate::signing::envelope::Signer;
use crate::signing::{load_private, Role};

pub async fn run(settings: &Settings, a: ControlCenterArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let mut signer = Signer::new(load_private(&settings.paths.keys_dir(), Role::Control)?);
    signer.ttl = a.validity.ttl();
    let opts = ControlOptions {
        group: settings.group(a.role.group.as_ref(), control_center::GROUP),
        instance: a.role.instance.clone(),
        duration: a.role.duration,
        canary: a.canary,
        low_battery: a.low_battery,
        cooldown: a.cooldown,
        abort_threshold: a.abort_threshold,
        registry: settings.registry()?,
    };
    let abort = opts
        .abort_threshold
        .map(|t| format!(", aborted above {:.0}% canary failures", t * 100.0))
        .unwrap_or_default();
    settings.printer.status(format!(
        "control center: group {}, canary {:.0}% of robots{abort}, signing with control key {}",
        opts.group,
        opts.canary * 100.0,
        signer.key.key_id
    ));
    let cancel = crate::shutdown::install();
    let lag = super::summary::lag_source(settings, &opts.group, names::TELEMETRY_CONTROL)?;
    let stats = Arc::new(ControlStats::default());
    let role = control_center::run(k, &settings.topic_prefix, signer, opts, stats, &cancel);
    let summary =
        metrics_endpoint::serving(a.role.metrics.metrics_addr, &cancel, Some(lag), role).await??;
    super::summary::print(&settings.printer, &summary)?;
    Ok(super::summary::exit(summary.interrupted))
}
