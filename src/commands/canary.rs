//! `fleetctl canary status`: failure rates of real (canary) and dry-run commands.

use std::time::Duration;

use serde::Serialize;

use crate::catalog::{names, topic};
use crate::cli::CanaryCommand;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::fleet::Completion;
use crate::output::Tone;
use crate::roles::canary::{CanaryStats, GroupStats};
use crate::settings::Settings;

/// One group's outcomes.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "canary_group")]
struct Row {
    /// `canary` (real commands) or `dry_run` (control group).
    group: &'static str,
    /// Counts.
    #[serde(flatten)]
    stats: GroupStats,
    /// Failed and rejected over all outcomes.
    failure_rate: Option<f64>,
    /// Whether the failure rate crosses --abort-threshold.
    over_threshold: bool,
}

pub async fn run(settings: &Settings, cmd: CanaryCommand) -> Result<Exit> {
    let CanaryCommand::Status(a) = cmd;
    let k = settings.kafka()?;
    let since = a
        .since
        .map(|d: Duration| crate::model::now_ms() - d.as_millis() as i64);
    let mut stats = CanaryStats::default();
    crate::kafka::client::read_to_end(
        k,
        &topic(&settings.topic_prefix, names::COMPLETIONS),
        |_, _, _, v| {
            if let Some(c) = v.and_then(|v| serde_json::from_slice::<Completion>(v).ok()) {
                if since.is_none_or(|s| c.completed_at_ms >= s) {
                    stats.observe(&c);
                }
            }
        },
    )?;
    let abort = stats.should_abort(a.abort_threshold);
    let rows = [
        Row {
            group: "canary",
            failure_rate: stats.real.failure_rate(),
            over_threshold: abort,
            stats: stats.real.clone(),
        },
        Row {
            group: "dry_run",
            failure_rate: stats.dry_run.failure_rate(),
            over_threshold: false,
            stats: stats.dry_run.clone(),
        },
    ];
    settings.printer.records(&rows, |p| {
        let mut t = p.table(&[
            "group",
            "outcomes",
            "ok",
            "failed",
            "rejected",
            "failure rate",
        ]);
        for r in &rows {
            let rate = r
                .failure_rate
                .map(|f| format!("{:.1} %", f * 100.0))
                .unwrap_or_else(|| "-".into());
            t.add_row(vec![
                p.cell(r.group, Tone::Plain),
                p.cell(r.stats.total, Tone::Plain),
                p.cell(r.stats.ok, Tone::Good),
                p.cell(r.stats.failed, Tone::Plain),
                p.cell(r.stats.rejected, Tone::Plain),
                p.cell(
                    rate,
                    if r.over_threshold {
                        Tone::Bad
                    } else {
                        Tone::Plain
                    },
                ),
            ]);
        }
        t
    })?;
    Ok(if abort { Exit::Threshold } else { Exit::Ok })
}
