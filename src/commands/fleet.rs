//! `fleetctl fleet status`: every robot from robot-state (commanded status, halted, commands
//! applied), joined with its latest control telemetry (battery, reported status, last seen).
//! Robots that report but have no state yet are listed too, from their telemetry alone.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;

use crate::cli::{FleetCommand, FleetStatusArgs};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::fleet::{ControlTelemetry, RobotState, RobotStatus};
use crate::output::{Printer, Tone};
use crate::roles::fleet_view;
use crate::settings::Settings;

/// How far back telemetry is read for battery and last-seen: short, because a large fleet
/// writes a lot of telemetry and all of it in the window is read.
pub const TELEMETRY_WINDOW: Duration = Duration::from_secs(30);

/// One robot.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "robot")]
struct Row {
    /// Robot id.
    robot_id: String,
    /// Zone.
    zone: Option<String>,
    /// Status: the commanded one from robot-state, else the reported one.
    status: RobotStatus,
    /// Status in the robot's latest report.
    reported_status: Option<RobotStatus>,
    /// Whether a halt covers it (robot-state, else its report says HALTED).
    halted: bool,
    /// Battery, percent, from the latest report.
    battery_pct: Option<f64>,
    /// Latest report, RFC 3339.
    last_seen: Option<String>,
    /// Commands applied, from robot-state.
    applied_count: Option<u64>,
    /// Where the row came from: `state` or `telemetry`.
    source: &'static str,
}

/// The whole answer.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "fleet_status")]
struct Status {
    /// Robots listed (after --status).
    robots: usize,
    /// Robots per status.
    counts: BTreeMap<RobotStatus, usize>,
    /// The robots (empty with --summary).
    rows: Vec<Row>,
}

pub async fn run(settings: &Settings, c: FleetCommand) -> Result<Exit> {
    match c {
        FleetCommand::Status(a) => status(settings, a),
        FleetCommand::History(a) => super::archive::fleet_history(settings, a).await,
    }
}

fn parse_status(s: &str) -> Result<RobotStatus> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_uppercase())).map_err(|_| {
        Error::usage(format!(
            "--status {s}: one of IDLE, MOVING, CHARGING, HALTED, FAULT"
        ))
    })
}

fn join(
    states: BTreeMap<String, RobotState>,
    mut seen: BTreeMap<String, ControlTelemetry>,
) -> Vec<Row> {
    let last_seen = |t: &ControlTelemetry| {
        chrono::DateTime::from_timestamp_millis(t.ts_ms)
            .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
    };
    let mut rows = Vec::new();
    for (id, s) in states {
        let t = seen.remove(&id);
        rows.push(Row {
            zone: s
                .zone
                .clone()
                .or_else(|| t.as_ref().map(|t| t.zone.clone())),
            status: s.status,
            reported_status: t.as_ref().map(|t| t.status),
            halted: s.halted,
            battery_pct: t.as_ref().map(|t| t.battery_pct),
            last_seen: t.as_ref().and_then(last_seen),
            applied_count: Some(s.applied_count),
            source: "state",
            robot_id: id,
        });
    }
    for (id, t) in seen {
        rows.push(Row {
            zone: Some(t.zone.clone()),
            status: t.status,
            reported_status: Some(t.status),
            halted: t.status == RobotStatus::Halted,
            battery_pct: Some(t.battery_pct),
            last_seen: last_seen(&t),
            applied_count: None,
            source: "telemetry",
            robot_id: id,
        });
    }
    rows.sort_by(|a, b| a.robot_id.cmp(&b.robot_id));
    rows
}

fn status(settings: &Settings, a: FleetStatusArgs) -> Result<Exit> {
    let only = a.status.as_deref().map(parse_status).transpose()?;
    let k = settings.kafka()?;
    let states = fleet_view::robot_states(k, &settings.topic_prefix)?;
    let seen = fleet_view::recent_robots(
        k,
        &settings.topic_prefix,
        settings.registry()?,
        TELEMETRY_WINDOW,
    )?;
    let mut rows = join(states, seen);
    rows.retain(|r| only.is_none_or(|s| r.status == s));
    let mut counts = BTreeMap::new();
    for r in &rows {
        *counts.entry(r.status).or_insert(0) += 1;
    }
    if a.summary {
        rows.clear();
    }
    let out = Status {
        robots: counts.values().sum(),
        counts,
        rows,
    };
    settings.printer.record(&out, |p| human(p, &out))?;
    Ok(Exit::Ok)
}

fn tone(s: RobotStatus) -> Tone {
    match s {
        RobotStatus::Idle | RobotStatus::Moving | RobotStatus::Charging => Tone::Good,
        RobotStatus::Halted => Tone::Warn,
        RobotStatus::Fault => Tone::Bad,
    }
}

fn human(p: &Printer, s: &Status) -> String {
    let mut text = String::new();
    if !s.rows.is_empty() {
        let mut t = p.table(&[
            "robot",
            "zone",
            "status",
            "reported",
            "battery",
            "last seen",
            "halted",
            "applied",
        ]);
        for r in &s.rows {
            t.add_row(vec![
                p.cell(&r.robot_id, Tone::Plain),
                p.cell(r.zone.as_deref().unwrap_or("-"), Tone::Plain),
                p.cell(r.status.as_str(), tone(r.status)),
                p.cell(
                    r.reported_status.map_or("-", RobotStatus::as_str),
                    Tone::Plain,
                ),
                p.cell(
                    r.battery_pct.map_or("-".into(), |b| format!("{b:.0}%")),
                    Tone::Plain,
                ),
                p.cell(r.last_seen.as_deref().unwrap_or("-"), Tone::Plain),
                p.cell(
                    if r.halted { "yes" } else { "no" },
                    if r.halted { Tone::Warn } else { Tone::Plain },
                ),
                p.cell(
                    r.applied_count.map_or("-".into(), |n| n.to_string()),
                    Tone::Plain,
                ),
            ]);
        }
        text.push_str(&t.to_string());
        text.push('\n');
    }
    let counts: Vec<String> = s
        .counts
        .iter()
        .map(|(st, n)| format!("{} {n}", st.as_str()))
        .collect();
    text.push_str(&format!(
        "{} robots: {}",
        s.robots,
        if counts.is_empty() {
            "none".into()
        } else {
            counts.join(", ")
        }
    ));
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}
