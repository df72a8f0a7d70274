//! `fleetctl simulate [robots] --robots N`: the simulator on a blocking thread, a progress line on
//! a terminal, and the summary at the end (after --duration or Ctrl-C, once flushed).

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use crate::catalog::names;
use crate::cli::{SimulateCommand, SimulateKind};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::roles::robots::{self, SimOptions, SimStats};
use crate::schemas::wire::{producer_header, ValueFormat};
use crate::settings::Settings;
use crate::signing::Keyring;

pub async fn run(settings: &Settings, c: SimulateCommand) -> Result<Exit> {
    let a = match c.kind {
        Some(SimulateKind::Robots(a)) => a,
        None => c.robots,
    };
    let opts = SimOptions {
        robots: a.robots,
        interval: a.interval,
        speedup: a.speedup,
        chaos: a.chaos,
        zones: a.zones,
        duration: a.duration,
        ignore_halts: a.ignore_halts,
        id_prefix: a.id_prefix,
        seed: a.seed,
        wire: wire(settings, a.value_format)?,
    };
    opts.validate()?;
    let k = settings.kafka()?.clone();
    let keyring = Keyring::load(&settings.paths.keys_dir())?;
    if keyring.keys.is_empty() {
        settings
            .printer
            .warn("no trusted public keys: every halt will be ignored (run `fleetctl keygen`)");
    }
    let cancel = crate::shutdown::install();
    let stats = Arc::new(SimStats::default());
    let stop_progress = tokio_util::sync::CancellationToken::new();
    let progress = settings
        .printer
        .progress_enabled()
        .then(|| spawn_progress(opts.robots, stats.clone(), stop_progress.clone()));
    settings.printer.status(format!(
        "simulating {} robots in {} zones, a report every {:?} (speed-up {}); Ctrl-C stops",
        opts.robots, opts.zones, opts.interval, opts.speedup
    ));
    let prefix = settings.topic_prefix.clone();
    let (sim_stats, sim_cancel) = (stats.clone(), cancel.clone());
    // In an async block, so the simulator starts only once the endpoint is up.
    let role = async move {
        tokio::task::spawn_blocking(move || {
            robots::run(&k, &prefix, keyring, opts, sim_stats, sim_cancel)
        })
        .await
    };
    // The simulator reads commands by assignment, without a group: it has no lag to report.
    let result = crate::ops::metrics_endpoint::serving(a.metrics.metrics_addr, &cancel, None, role)
        .await?
        .map_err(|e| Error::Other(anyhow::anyhow!("the simulator thread failed: {e}")))?;
    stop_progress.cancel();
    if let Some(p) = progress {
        let _ = p.await;
    }
    let summary = result?;
    super::summary::print(&settings.printer, &summary)?;
    Ok(super::summary::exit(cancel.is_cancelled()))
}

/// The telemetry framing for `--value-format`: each topic's schema id, from the registry.
fn wire(settings: &Settings, format: ValueFormat) -> Result<robots::Wire> {
    let registry = settings.registry()?;
    let header = |topic| {
        tokio::task::block_in_place(|| {
            producer_header(registry.as_deref(), &settings.topic_prefix, topic, format)
        })
    };
    Ok(robots::Wire {
        format,
        control: header(names::TELEMETRY_CONTROL)?,
        safety: header(names::TELEMETRY_SAFETY)?,
    })
}

/// A spinner line on stderr: robots, msgs/s, delivery errors, halts.
fn spawn_progress(
    robots: u32,
    stats: Arc<SimStats>,
    stop: tokio_util::sync::CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let bar = indicatif::ProgressBar::new_spinner();
        let mut last = (std::time::Instant::now(), 0u64);
        loop {
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            }
            let delivered = stats.delivered.load(Relaxed);
            let rate = (delivered - last.1) as f64 / last.0.elapsed().as_secs_f64().max(1e-3);
            last = (std::time::Instant::now(), delivered);
            bar.set_message(format!(
                "{robots} robots · {rate:.0} msgs/s · {delivered} delivered · {} delivery errors · {} halts · {} commands acted on",
                stats.delivery_errors.load(Relaxed),
                stats.halts.load(Relaxed),
                stats.completions_applied.load(Relaxed),
            ));
            bar.tick();
        }
        bar.finish_and_clear();
    })
}
