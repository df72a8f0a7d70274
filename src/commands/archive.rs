//! `fleetctl run archiver`, `archive migrate` and `fleet history`: options to the archiver and
//! the archive's queries, results to the printer.

use crate::cli::{ArchiveCommand, ArchiverArgs, FleetHistoryArgs};
use crate::db::write::Readings;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::Tone;
use crate::roles::archiver;
use crate::settings::Settings;

pub async fn run(settings: &Settings, cmd: ArchiveCommand) -> Result<Exit> {
    match cmd {
        ArchiveCommand::Migrate => migrate(settings).await,
    }
}

async fn migrate(settings: &Settings) -> Result<Exit> {
    let mut c = crate::db::connect(settings.database()?).await?;
    let m = crate::db::migrations::migrate(&mut c).await?;
    settings.printer.record(&m, |_| {
        if m.applied.is_empty() {
            format!(
                "archive schema is at version {}: nothing to do",
                m.to_version
            )
        } else {
            format!(
                "archive schema migrated from version {} to {}: {}",
                m.from_version,
                m.to_version,
                m.applied.join(", ")
            )
        }
    })?;
    Ok(Exit::Ok)
}

pub async fn archiver(settings: &Settings, a: ArchiverArgs) -> Result<Exit> {
    let readings = match a.downsample {
        None => Readings::Every,
        Some(d) if d.as_secs() >= 1 && d.subsec_nanos() == 0 => {
            Readings::Downsample(d.as_secs().min(u32::MAX as u64) as u32)
        }
        Some(_) => {
            return Err(Error::usage(
                "--downsample takes whole seconds, at least 1s (for example 10s)",
            ))
        }
    };
    if a.batch == 0 {
        return Err(Error::usage("--batch must be at least 1"));
    }
    let opts = archiver::Options {
        prefix: settings.topic_prefix.clone(),
        group: settings.group(a.group.as_ref(), archiver::GROUP),
        database_url: settings.database()?.to_string(),
        readings,
        batch: a.batch,
        linger: a.linger,
        duration: a.duration,
        exit_when_idle: a.exit_when_idle,
        registry: settings.registry()?,
    };
    let k = settings.kafka()?;
    let cancel = crate::shutdown::install();
    let lag = super::summary::lag_source(
        settings,
        &opts.group,
        crate::catalog::names::TELEMETRY_CONTROL,
    )?;
    settings.printer.status(format!(
        "archiver writing to {}",
        crate::config::redact_url(&opts.database_url)
    ));
    let role = archiver::run(k, &opts, &cancel);
    let s = crate::ops::metrics_endpoint::serving(a.metrics.metrics_addr, &cancel, Some(lag), role)
        .await??;
    settings.printer.record(&s, |_| {
        format!(
            "archiver stopped: {} records ({} readings) in {} transactions, {:.0} records/s, \
             {} to the DLQ, {} reconnects",
            s.records, s.readings, s.batches, s.records_per_s, s.dead_lettered, s.reconnects
        )
    })?;
    Ok(super::summary::exit(s.interrupted))
}

/// `fleet history ROBOT`: the robot's readings from the archive.
pub async fn fleet_history(settings: &Settings, a: FleetHistoryArgs) -> Result<Exit> {
    let url = settings.database().map_err(|_| {
        Error::usage(format!(
            "fleet history reads the archive; {} (`fleet status` shows the last 30 s from the topics)",
            crate::settings::NO_DATABASE_HELP
        ))
    })?;
    let since = super::anomaly::parse_since(&a.since)?;
    let c = crate::db::connect(url).await?;
    let rows = crate::db::history::robot(&c, &a.robot, since, a.limit.max(1)).await?;
    if rows.is_empty() && !crate::db::history::robot_known(&c, &a.robot).await? {
        return Err(Error::NotFound(format!(
            "the archive has no robot {}",
            a.robot
        )));
    }
    let opt = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_else(|| "-".into());
    settings.printer.records(&rows, |p| {
        let mut t = p.table(&[
            "time",
            "seq",
            "status",
            "x",
            "y",
            "m/s",
            "battery %",
            "°C",
            "mm/s",
        ]);
        for r in &rows {
            t.add_row(vec![
                p.cell(r.ts.format("%Y-%m-%d %H:%M:%S%.3f"), Tone::Plain),
                p.cell(r.seq, Tone::Plain),
                p.cell(r.status.as_deref().unwrap_or("-"), Tone::Plain),
                p.cell(opt(r.x), Tone::Plain),
                p.cell(opt(r.y), Tone::Plain),
                p.cell(opt(r.velocity_mps), Tone::Plain),
                p.cell(opt(r.battery_pct), Tone::Plain),
                p.cell(opt(r.temperature_c), Tone::Plain),
                p.cell(opt(r.vibration_mm_s), Tone::Plain),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}
