//! `fleetctl run ROLE`: hands each long-running role its options.

use crate::catalog::names;
use crate::cli::{EosMode, ExecutorArgs, RetryArgs, RunCommand};
use crate::error::Result;
use crate::exit::Exit;
use crate::ops::metrics_endpoint;
use crate::output::Tone;
use crate::roles::executor::{self, EosChoice};
use crate::roles::retry;
use crate::settings::Settings;
use crate::signing::envelope::Verifier;
use crate::signing::Keyring;

pub async fn run(settings: &Settings, cmd: RunCommand) -> Result<Exit> {
    match cmd {
        RunCommand::Executor(a) => run_executor(settings, a).await,
        RunCommand::Retry(a) => run_retry(settings, a).await,
        RunCommand::AnomalyDetector(a) => super::anomaly::anomaly_detector(settings, a).await,
        RunCommand::ControlCenter(a) => super::run_control_center::run(settings, a).await,
        RunCommand::SafetyMonitor(a) => super::run_safety_monitor::run(settings, a).await,
        RunCommand::Archiver(a) => super::archive::archiver(settings, a).await,
    }
}

/// The trusted keyring, refusing to run a verifier that trusts nobody.
pub fn verifier(settings: &Settings) -> Result<Verifier> {
    let ring = Keyring::load(&settings.paths.keys_dir())?;
    if ring.keys.is_empty() {
        return Err(crate::error::Error::Refused(format!(
            "no trusted public keys: run `fleetctl keygen --role control` (and safety, operator) or set *_PUBLIC_KEY_B64; looked in {}",
            settings.paths.keys_dir().display()
        )));
    }
    Ok(Verifier::new(ring))
}

async fn run_executor(settings: &Settings, a: ExecutorArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    if !(1..=executor::MAX_BATCH).contains(&a.batch) {
        return Err(crate::error::Error::usage(format!(
            "--batch must be between 1 and {}",
            executor::MAX_BATCH
        )));
    }
    if !(0.0..=1.0).contains(&a.chaos) {
        return Err(crate::error::Error::usage(
            "--chaos is a probability between 0 and 1",
        ));
    }
    let opts = executor::Options {
        prefix: settings.topic_prefix.clone(),
        group: settings.group(a.role.group.as_ref(), executor::GROUP),
        // The executor is always a static member: its instance is also its transactional.id.
        instance: a.role.instance.unwrap_or_else(|| "0".into()),
        eos: eos(a.eos),
        batch: a.batch,
        chaos: a.chaos,
        fail_attempts: a.fail_attempts,
        max_retries: a.max_retries,
        duration: a.role.duration,
        exit_when_idle: a.exit_when_idle,
    };
    let verifier = verifier(settings)?;
    let token = crate::shutdown::install();
    let lag = super::summary::lag_source(settings, &opts.group, names::COMMANDS)?;
    let role = executor::run(k, verifier, opts, token.clone());
    let s =
        metrics_endpoint::serving(a.role.metrics.metrics_addr, &token, Some(lag), role).await??;
    settings.printer.record(&s, |p| {
        let mut t = p.table(&["executor", "value"]);
        let rows: [(&str, String); 10] = [
            ("mode", s.mode.as_str().to_string()),
            ("executed", s.counts.executed.to_string()),
            ("rejected", s.counts.rejected.to_string()),
            ("dry run", s.counts.dry_run.to_string()),
            ("failed", s.counts.failed.to_string()),
            ("dead-lettered", s.counts.dead_lettered.to_string()),
            ("redeliveries skipped", s.counts.redeliveries.to_string()),
            ("halts applied", s.counts.halts.to_string()),
            ("batches", s.batches.to_string()),
            ("rewinds", s.rewinds.to_string()),
        ];
        for (k, v) in rows {
            t.add_row(vec![p.cell(k, Tone::Plain), p.cell(v, Tone::Plain)]);
        }
        t.to_string()
    })?;
    Ok(super::summary::exit(token.is_cancelled()))
}

fn eos(m: EosMode) -> EosChoice {
    match m {
        EosMode::Auto => EosChoice::Auto,
        EosMode::Transactions => EosChoice::Transactions,
        EosMode::Idempotent => EosChoice::Idempotent,
    }
}

async fn run_retry(settings: &Settings, a: RetryArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let opts = retry::Options {
        prefix: settings.topic_prefix.clone(),
        group: settings.group(a.role.group.as_ref(), retry::GROUP),
        instance: a.role.instance,
        eos: eos(a.eos),
        duration: a.role.duration,
        exit_when_idle: a.exit_when_idle,
    };
    let token = crate::shutdown::install();
    let lag = super::summary::lag_source(settings, &opts.group, names::COMMANDS_RETRY)?;
    let role = retry::run(k, opts, token.clone());
    let s =
        metrics_endpoint::serving(a.role.metrics.metrics_addr, &token, Some(lag), role).await??;
    settings.printer.record(&s, |_| {
        let ms = |v: Option<i64>| v.map(|v| format!("{v} ms")).unwrap_or_else(|| "-".into());
        format!(
            "retry ({} mode): {} re-published; delay after due time p50 {}, p99 {}, max {}",
            s.mode.as_str(),
            s.republished,
            ms(s.delay_p50_ms),
            ms(s.delay_p99_ms),
            ms(s.delay_max_ms)
        )
    })?;
    Ok(super::summary::exit(token.is_cancelled()))
}
