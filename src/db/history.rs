//! Queries that read the archive for operators: what happened to alerts, and what a robot
//! reported, over periods longer than the topics keep. The same SQL is in docs/archive.md.

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::Client;

use super::failed;
use crate::error::Result;
use crate::roles::alerts::HistoryEntry;

/// Alert history since `since` (of one alert, or all), oldest first.
pub const ALERT_HISTORY_SQL: &str = "
    SELECT alert_id, at, source, operator_id, action_type, alert_status, comment
    FROM (
        SELECT alert_id, vehicle_id, created_at AS at, 'opened' AS source, NULL AS operator_id,
               NULL AS action_type, 'OPEN' AS alert_status, NULL AS comment, 0 AS o
        FROM alerts
        UNION ALL
        SELECT alert_id, vehicle_id, at, 'action', operator_id, action_type, NULL, comment, 1
        FROM alert_actions
        UNION ALL
        SELECT alert_id, vehicle_id, updated_at, 'state', assigned_operator_id, NULL, status,
               NULL, 2
        FROM alerts WHERE status <> 'OPEN'
    ) h
    WHERE at >= $1 AND ($2::text IS NULL OR alert_id = $2)
    ORDER BY at, o, alert_id";

/// Alert history since `since`, of one alert or every alert: each alert's opening, every
/// action, and the state it is in now (at its last change).
pub async fn alerts(
    c: &Client,
    since: DateTime<Utc>,
    alert_id: Option<&str>,
) -> Result<Vec<HistoryEntry>> {
    let rows = c
        .query(ALERT_HISTORY_SQL, &[&since, &alert_id])
        .await
        .map_err(|e| failed("reading alert history", e))?;
    Ok(rows
        .into_iter()
        .map(|r| HistoryEntry {
            alert_id: r.get(0),
            at: r.get(1),
            source: match r.get::<_, &str>(2) {
                "opened" => "opened",
                "action" => "action",
                _ => "state",
            },
            operator_id: r.get(3),
            action_type: wire(r.get(4)),
            alert_status: wire(r.get(5)),
            comment: r.get(6),
        })
        .collect())
}

/// A model enum from the wire name a text column holds.
fn wire<T: serde::de::DeserializeOwned>(v: Option<String>) -> Option<T> {
    v.and_then(|s| serde_json::from_value(s.into()).ok())
}

/// One robot's reading from the archive: its control report joined with the safety report of
/// the same sequence number (either may be missing).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "reading")]
pub struct Reading {
    /// Robot id.
    pub robot_id: String,
    /// When measured.
    pub ts: DateTime<Utc>,
    /// Per-robot sequence number.
    pub seq: i64,
    /// Zone.
    pub zone: String,
    /// Reported status.
    pub status: Option<String>,
    /// Position east, m.
    pub x: Option<f64>,
    /// Position north, m.
    pub y: Option<f64>,
    /// Speed, m/s.
    pub velocity_mps: Option<f64>,
    /// Battery, percent.
    pub battery_pct: Option<f64>,
    /// Temperature, °C.
    pub temperature_c: Option<f64>,
    /// Vibration, mm/s.
    pub vibration_mm_s: Option<f64>,
    /// Radiation, µSv/h.
    pub radiation_usv_h: Option<f64>,
}

/// A robot's readings since `since`, the latest `limit` of them, oldest first.
pub const ROBOT_HISTORY_SQL: &str = "
    SELECT * FROM (
        SELECT coalesce(c.robot_id, s.robot_id), coalesce(c.ts, s.ts), coalesce(c.seq, s.seq),
               coalesce(c.zone, s.zone), coalesce(c.status, s.status), c.x, c.y,
               c.velocity_mps, c.battery_pct, s.temperature_c, s.vibration_mm_s,
               s.radiation_usv_h
        FROM (SELECT * FROM control_readings WHERE robot_id = $1 AND ts >= $2) c
        FULL JOIN (SELECT * FROM safety_readings WHERE robot_id = $1 AND ts >= $2) s
          ON s.seq = c.seq AND s.ts = c.ts
        ORDER BY 2 DESC
        LIMIT $3
    ) r ORDER BY 2";

/// A robot's readings since `since` (the latest `limit`), oldest first.
pub async fn robot(
    c: &Client,
    robot_id: &str,
    since: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Reading>> {
    let rows = c
        .query(ROBOT_HISTORY_SQL, &[&robot_id, &since, &limit])
        .await
        .map_err(|e| failed("reading robot history", e))?;
    Ok(rows
        .iter()
        .map(|r| Reading {
            robot_id: r.get(0),
            ts: r.get(1),
            seq: r.get(2),
            zone: r.get(3),
            status: r.get(4),
            x: r.get(5),
            y: r.get(6),
            velocity_mps: r.get(7),
            battery_pct: r.get(8),
            temperature_c: r.get(9),
            vibration_mm_s: r.get(10),
            radiation_usv_h: r.get(11),
        })
        .collect())
}

/// Whether the archive knows the robot at all (to tell "no readings in the period" from "no such
/// robot").
pub async fn robot_known(c: &Client, robot_id: &str) -> Result<bool> {
    let n = c
        .query_opt("SELECT 1 FROM robots WHERE robot_id = $1", &[&robot_id])
        .await
        .map_err(|e| failed("looking up the robot", e))?;
    Ok(n.is_some())
}
