//! `fleetctl replay dataset`, `run anomaly-detector` and `consume anomalies`: arguments to options.

use chrono::Utc;
use serde::Serialize;

use crate::cli::{
    ConsumeAnomaliesArgs, ConsumeCommand, DetectorArgs, InputFormatArg, ReplayCommand,
    ReplayDatasetArgs, SeverityArg,
};
use crate::dataset::InputFormat;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::anomaly::{Anomaly, OperatorAlert, Severity};
use crate::output::Tone;
use crate::roles::detector::core::Config;
use crate::roles::detector::rules::Thresholds;
use crate::roles::detector::{self, DetectorOptions};
use crate::roles::operator::{self, ConsumeOptions, Filter, Start};
use crate::roles::replay::{self, ReplayOptions};
use crate::settings::Settings;

pub async fn replay(settings: &Settings, cmd: ReplayCommand) -> Result<Exit> {
    match cmd {
        ReplayCommand::Dataset(a) => replay_dataset(settings, a).await,
    }
}

pub async fn consume(settings: &Settings, cmd: ConsumeCommand) -> Result<Exit> {
    match cmd {
        ConsumeCommand::Anomalies(a) => consume_anomalies(settings, a).await,
    }
}

async fn replay_dataset(settings: &Settings, a: ReplayDatasetArgs) -> Result<Exit> {
    // Local inputs first: a missing file is known at once, before any wait on a broker.
    for f in &a.files {
        if let Err(e) = std::fs::File::open(f) {
            return Err(Error::usage(format!("cannot read {}: {e}", f.display())));
        }
    }
    let opts = ReplayOptions {
        files: a.files,
        input_format: a.input_format.map(|f| match f {
            InputFormatArg::Csv => InputFormat::Csv,
            InputFormatArg::Jsonl => InputFormat::JsonLines,
        }),
        rate: a.rate,
        looped: a.looped,
        strict: a.strict,
        session_id: a.session_id,
        dedup_ttl: a.dedup_ttl,
        value_format: a.value_format,
        registry: settings.registry()?,
    };
    settings.kafka()?;
    let cancel = crate::shutdown::install();
    let s = replay::replay(
        settings.kafka()?,
        &settings.topic_prefix,
        &settings.printer,
        &opts,
        &cancel,
    )
    .await?;
    settings.printer.record(&s, |_| {
        format!(
            "replayed {} of {} rows to {} in {:.2}s ({:.0} rows/s): {} delivered, {} failed, {} bad rows, {} duplicates dropped (session {})",
            s.sent, s.rows_read, s.topic, s.total_s, s.rows_per_s, s.delivered, s.failed,
            s.bad_rows, s.duplicates_dropped, s.replay_session_id
        )
    })?;
    Ok(if s.interrupted {
        Exit::Interrupted
    } else if s.failed > 0 {
        Exit::Partial
    } else {
        Exit::Ok
    })
}

fn positive(name: &str, v: f64) -> Result<f64> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(Error::usage(format!("{name} must be a positive number")))
    }
}

pub async fn anomaly_detector(settings: &Settings, a: DetectorArgs) -> Result<Exit> {
    let thresholds = Thresholds {
        deceleration_mps2: positive("--decel-threshold", a.decel_threshold)?,
        speed_drop_mps: positive("--speed-drop-threshold", a.speed_drop_threshold)?,
        window_ms: a.decel_window.as_millis().clamp(1, i64::MAX as u128) as i64,
        label_swing: positive("--label-swing-threshold", a.label_swing_threshold)?,
        jitter_m: positive("--jitter-threshold", a.jitter_threshold)?,
        jitter_frames: a.jitter_frames.max(1),
    };
    let opts = DetectorOptions {
        group: settings.group(a.group.as_ref(), detector::GROUP),
        instance: a.instance,
        config: Config {
            thresholds,
            ..Config::default()
        },
        idle_exit: a.idle_exit,
        duration: a.duration,
        batch: 5_000,
        registry: settings.registry()?,
    };
    let k = settings.kafka()?;
    let cancel = crate::shutdown::install();
    let lag =
        super::summary::lag_source(settings, &opts.group, crate::catalog::names::RAW_TELEMETRY)?;
    settings
        .printer
        .status(format!("anomaly detector running in group {}", opts.group));
    let role = detector::run(k, &settings.topic_prefix, &opts, &cancel);
    let s = crate::ops::metrics_endpoint::serving(a.metrics.metrics_addr, &cancel, Some(lag), role)
        .await??;
    settings.printer.record(&s, |_| {
        format!(
            "detector stopped: {} read, {} anomalies, {} duplicates, {} late frames dropped, {} malformed (to the DLQ)",
            s.consumed, s.anomalies, s.duplicates, s.late_dropped, s.malformed
        )
    })?;
    Ok(if s.interrupted {
        Exit::Interrupted
    } else {
        Exit::Ok
    })
}

/// An anomaly as shown by `consume anomalies`.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "anomaly")]
struct AnomalyRow<'a> {
    /// The anomaly as on the wire.
    #[serde(flatten)]
    anomaly: &'a Anomaly,
    /// The alert it opened in this run, if any.
    opened_alert_id: Option<&'a str>,
}

/// An age (`10m`, `30d`) or an RFC 3339 time, as the time it names (for `--since`).
pub fn parse_since(s: &str) -> Result<chrono::DateTime<Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let age = crate::cli::parse_duration(s).map_err(|e| {
        Error::usage(format!(
            "--since expects an age like 10m or an RFC 3339 time: {e}"
        ))
    })?;
    let age = chrono::Duration::from_std(age)
        .map_err(|_| Error::usage(format!("--since {s} is too far back")))?;
    Ok(Utc::now() - age)
}

async fn consume_anomalies(settings: &Settings, a: ConsumeAnomaliesArgs) -> Result<Exit> {
    let start = match (&a.since, a.from_beginning) {
        (Some(s), _) => Start::Since(parse_since(s)?),
        (None, true) => Start::Beginning,
        (None, false) => Start::Committed,
    };
    let opts = ConsumeOptions {
        group: settings.group(a.group.as_ref(), crate::roles::operator::GROUP),
        start,
        max: a.max,
        exit_at_end: a.exit_at_end,
        duration: a.duration,
        filter: Filter {
            severities: a.severity.iter().map(|s| severity(*s)).collect(),
            types: a.anomaly_type,
            vehicles: a.vehicle,
        },
        open_alerts: !a.no_alerts,
    };
    settings.kafka()?;
    let cancel = crate::shutdown::install();
    let p = &settings.printer;
    let s = operator::consume(
        settings.kafka()?,
        &settings.topic_prefix,
        &opts,
        &cancel,
        |an, alert: Option<&OperatorAlert>| {
            let row = AnomalyRow {
                anomaly: an,
                opened_alert_id: alert.map(|al| al.alert_id.as_str()),
            };
            p.stream(&row, |p| {
                let tone = match an.severity {
                    Severity::Critical => Tone::Bad,
                    Severity::Warning => Tone::Warn,
                    Severity::Info => Tone::Plain,
                };
                format!(
                    "{}  {:<8}  {:<22}  {:<24}  {}{}",
                    an.event_time.format("%Y-%m-%dT%H:%M:%S%.3fZ"),
                    p.paint(an.severity.as_str(), tone),
                    an.anomaly_type.as_str(),
                    an.vehicle_id,
                    an.anomaly_id,
                    alert.map_or(String::new(), |al| format!("  alert {}", al.alert_id))
                )
            })
        },
    )
    .await?;
    p.status(format!(
        "{} anomalies read, {} shown, {} alerts opened, {} already alerted, {} malformed",
        s.read, s.shown, s.alerts_opened, s.already_alerted, s.malformed
    ));
    Ok(if s.interrupted {
        Exit::Interrupted
    } else {
        Exit::Ok
    })
}

fn severity(s: SeverityArg) -> Severity {
    match s {
        SeverityArg::Info => Severity::Info,
        SeverityArg::Warning => Severity::Warning,
        SeverityArg::Critical => Severity::Critical,
    }
}
