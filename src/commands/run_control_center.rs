//! `fleetctl run control-center`: options from flags, the control key, the role, its summary.

use std::sync::Arc;

use crate::cli::ControlCenterArgs;
use crate::error::Result;
use crate::exit::Exit;
use crate::roles::control_center::{self, ControlOptions, ControlStats};
use crate::settings::Settings;
use crate::signing::envelope::Signer;
use crate::signing::{load_private, Role};

pub async fn run(settings: &Settings, a: ControlCenterArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let signer = Signer::new(load_private(&settings.paths.keys_dir(), Role::Control)?);
    let opts = ControlOptions {
        group: a
            .role
            .group
            .clone()
            .unwrap_or_else(|| format!("{}{}", settings.topic_prefix, control_center::GROUP)),
        duration: a.role.duration,
        canary: a.canary,
        low_battery: a.low_battery,
        cooldown: a.cooldown,
    };
    settings.printer.status(format!(
        "control center: group {}, canary {:.0}% of robots, signing with control key {}",
        opts.group,
        opts.canary * 100.0,
        signer.key.key_id
    ));
    let cancel = crate::shutdown::install();
    let stats = Arc::new(ControlStats::default());
    let summary =
        control_center::run(k, &settings.topic_prefix, signer, opts, stats, &cancel).await?;
    super::summary::print(&settings.printer, &summary)?;
    Ok(super::summary::exit(
        a.role.duration.is_some(),
        summary.interrupted,
    ))
}
