//! `fleetctl alerts list|resolve|dismiss|intervene|history` and `fleetctl ack alert`.

use serde::Serialize;

use crate::cli::{AckCommand, AlertActionArgs, AlertHistoryArgs, AlertStatusArg, AlertsCommand};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::anomaly::{ActionType, AlertStatus, OperatorAlert};
use crate::output::{Printer, Tone};
use crate::roles::alerts;
use crate::settings::Settings;

pub async fn run(settings: &Settings, cmd: AlertsCommand) -> Result<Exit> {
    match cmd {
        AlertsCommand::List(a) => list(settings, &a.status),
        AlertsCommand::Resolve(a) => act(settings, a, ActionType::Resolve).await,
        AlertsCommand::Dismiss(a) => act(settings, a, ActionType::Dismiss).await,
        AlertsCommand::Intervene(a) => act(settings, a, ActionType::Intervene).await,
        AlertsCommand::History(a) => history(settings, a).await,
    }
}

pub async fn ack(settings: &Settings, cmd: AckCommand) -> Result<Exit> {
    match cmd {
        AckCommand::Alert(a) => act(settings, a, ActionType::Acknowledge).await,
    }
}

fn status(s: AlertStatusArg) -> AlertStatus {
    match s {
        AlertStatusArg::Open => AlertStatus::Open,
        AlertStatusArg::Acknowledged => AlertStatus::Acknowledged,
        AlertStatusArg::Resolved => AlertStatus::Resolved,
        AlertStatusArg::Dismissed => AlertStatus::Dismissed,
    }
}

fn tone(s: AlertStatus) -> Tone {
    match s {
        AlertStatus::Open => Tone::Bad,
        AlertStatus::Acknowledged => Tone::Warn,
        AlertStatus::Resolved | AlertStatus::Dismissed => Tone::Good,
    }
}

/// An alert as listed.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "alert")]
struct AlertRow<'a> {
    /// The alert's current state as on the wire.
    #[serde(flatten)]
    alert: &'a OperatorAlert,
}

fn list(settings: &Settings, wanted: &[AlertStatusArg]) -> Result<Exit> {
    let wanted: Vec<AlertStatus> = wanted.iter().map(|s| status(*s)).collect();
    let mut current: Vec<OperatorAlert> = alerts::fold(alerts::alert_records(
        settings.kafka()?,
        &settings.topic_prefix,
    )?)
    .into_values()
    .filter(|a| wanted.is_empty() || wanted.contains(&a.alert_status))
    .collect();
    current.sort_by(|a, b| (a.created_at, &a.alert_id).cmp(&(b.created_at, &b.alert_id)));
    let rows: Vec<AlertRow> = current.iter().map(|alert| AlertRow { alert }).collect();
    settings.printer.records(&rows, |p| {
        let mut t = p.table(&[
            "alert", "status", "severity", "type", "vehicle", "operator", "created",
        ]);
        for a in &current {
            t.add_row(vec![
                p.cell(&a.alert_id, Tone::Plain),
                p.cell(a.alert_status.as_str(), tone(a.alert_status)),
                p.cell(a.severity.as_str(), Tone::Plain),
                p.cell(a.anomaly_type.as_str(), Tone::Plain),
                p.cell(&a.vehicle_id, Tone::Plain),
                p.cell(
                    a.assigned_operator_id.as_deref().unwrap_or("-"),
                    Tone::Plain,
                ),
                p.cell(a.created_at.format("%Y-%m-%d %H:%M:%S"), Tone::Plain),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

async fn act(settings: &Settings, a: AlertActionArgs, action: ActionType) -> Result<Exit> {
    let operator = a
        .operator
        .or_else(|| settings.operator.clone())
        .filter(|o| !o.trim().is_empty())
        .ok_or_else(|| {
            Error::usage(
                "no operator id: pass --operator ID, set FLEETCTL_OPERATOR, or set the context's operator",
            )
        })?;
    let outcome = alerts::act(
        settings.kafka()?,
        &settings.topic_prefix,
        &a.alert_id,
        action,
        &operator,
        a.comment,
    )
    .await?;
    settings.printer.record(&outcome, |p: &Printer| {
        let state = p.paint(
            outcome.alert.alert_status.as_str(),
            tone(outcome.alert.alert_status),
        );
        if outcome.changed {
            format!(
                "alert {} is now {state} ({} by {operator})",
                outcome.alert.alert_id,
                action.as_str()
            )
        } else {
            format!(
                "alert {} is already {state}: nothing to do",
                outcome.alert.alert_id
            )
        }
    })?;
    Ok(Exit::Ok)
}

/// From the archive when a database is configured (as far back as it goes), else from the
/// topics (as far back as their retention).
async fn history(settings: &Settings, a: AlertHistoryArgs) -> Result<Exit> {
    let since = a
        .since
        .as_deref()
        .map(super::anomaly::parse_since)
        .transpose()?;
    let id = a.alert_id.as_deref();
    let entries = match &settings.database_url {
        Some(url) => {
            let c = crate::db::connect(url).await?;
            let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
            let entries = crate::db::history::alerts(&c, since.unwrap_or(epoch), id).await?;
            if let (Some(id), true) = (id, entries.is_empty()) {
                return Err(Error::NotFound(format!(
                    "the archive has no alert {id} in that period"
                )));
            }
            entries
        }
        None => alerts::history(settings.kafka()?, &settings.topic_prefix, id, since)?,
    };
    settings.printer.records(&entries, |p| {
        let mut t = p.table(&["at", "alert", "what", "operator", "comment"]);
        for e in &entries {
            let what = match (e.action_type, e.alert_status) {
                (Some(a), _) => a.as_str().to_string(),
                (None, Some(s)) => format!("-> {}", s.as_str()),
                (None, None) => String::new(),
            };
            t.add_row(vec![
                p.cell(e.at.format("%Y-%m-%d %H:%M:%S%.3f"), Tone::Plain),
                p.cell(&e.alert_id, Tone::Plain),
                p.cell(what, Tone::Plain),
                p.cell(e.operator_id.as_deref().unwrap_or("-"), Tone::Plain),
                p.cell(e.comment.as_deref().unwrap_or(""), Tone::Plain),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}
