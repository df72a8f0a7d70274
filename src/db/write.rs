//! One batch, exactly once: its rows and the offsets they move, in one transaction. The steps
//! carry test-only fault points (`FLEETCTL_FAULT`, src/fault.rs) so that a crash can be landed on
//! each: after the rows are written (`archiver.after_copy`), after the offsets moved, just before
//! COMMIT (`archiver.before_commit`); the role has the one after COMMIT.

use std::collections::BTreeMap;

use tokio_postgres::{Client, Transaction};

use super::offsets::{self, Move};
use super::rows::{wire_name, Rows};
use super::{failed, insert_values, readings, ts, Values};
use crate::error::Result;
use crate::fault;

/// How readings are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readings {
    /// Every reading, by COPY.
    Every,
    /// One aggregate per robot and this many seconds.
    Downsample(u32),
}

/// Writes `rows` and moves `moves` in one transaction; nothing of it is visible unless all is.
pub async fn batch(
    client: &mut Client,
    rows: &Rows,
    moves: &[Move],
    readings_mode: Readings,
) -> Result<()> {
    let tx = client.transaction().await.map_err(|e| failed("BEGIN", e))?;
    match readings_mode {
        Readings::Every => {
            readings::copy_control(&tx, &rows.control).await?;
            readings::copy_safety(&tx, &rows.safety).await?;
        }
        Readings::Downsample(secs) => {
            readings::upsert_control(&tx, &rows.control, secs).await?;
            readings::upsert_safety(&tx, &rows.safety, secs).await?;
        }
    }
    robots(&tx, rows).await?;
    events(&tx, rows).await?;
    alerts(&tx, rows).await?;
    fault::kill("archiver.after_copy");
    offsets::advance(&tx, moves).await?;
    fault::kill("archiver.before_commit");
    tx.commit().await.map_err(|e| failed("COMMIT", e))?;
    Ok(())
}

/// One row per robot seen, with the first and last time it reported.
async fn robots(tx: &Transaction<'_>, rows: &Rows) -> Result<()> {
    // robot → (zone, first, last); an upsert may touch each row once per statement.
    let mut seen: BTreeMap<&str, (&str, i64, i64)> = BTreeMap::new();
    let control = rows
        .control
        .iter()
        .map(|(_, r)| (&r.robot_id, &r.zone, r.ts_ms));
    let safety = rows
        .safety
        .iter()
        .map(|(_, r)| (&r.robot_id, &r.zone, r.ts_ms));
    for (robot, zone, at) in control.chain(safety) {
        let e = seen.entry(robot).or_insert((zone, at, at));
        e.1 = e.1.min(at);
        if at >= e.2 {
            *e = (zone, e.1, at);
        }
    }
    let values: Vec<Values> = seen
        .into_iter()
        .map(|(robot, (zone, first, last))| -> Values {
            vec![
                Box::new(robot.to_string()),
                Box::new(zone.to_string()),
                Box::new(ts(first)),
                Box::new(ts(last)),
            ]
        })
        .collect();
    insert_values(
        tx,
        "INSERT INTO robots AS t (robot_id, zone, first_seen, last_seen)",
        "ON CONFLICT (robot_id) DO UPDATE SET \
         zone = CASE WHEN EXCLUDED.last_seen >= t.last_seen THEN EXCLUDED.zone ELSE t.zone END, \
         first_seen = LEAST(t.first_seen, EXCLUDED.first_seen), \
         last_seen = GREATEST(t.last_seen, EXCLUDED.last_seen)",
        values,
    )
    .await
}

/// Anomalies, completions, halts and dead letters: records with their own id, kept once (a
/// producer's retry can write one twice to its topic).
async fn events(tx: &Transaction<'_>, rows: &Rows) -> Result<()> {
    anomalies_and_completions(tx, rows).await?;
    halts_and_dead_letters(tx, rows).await
}

async fn anomalies_and_completions(tx: &Transaction<'_>, rows: &Rows) -> Result<()> {
    let anomalies = rows.anomalies.iter().map(|a| -> Values {
        vec![
            Box::new(a.anomaly_id.clone()),
            Box::new(a.event_id.clone()),
            Box::new(a.vehicle_id.clone()),
            Box::new(a.event_time),
            Box::new(a.processing_time),
            Box::new(a.anomaly_type.as_str()),
            Box::new(a.severity.as_str()),
            Box::new(a.triggered_rule.clone()),
            Box::new(json(&a.features)),
            Box::new(json(&a.thresholds)),
            Box::new(json(&a.evidence)),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO anomalies (anomaly_id, event_id, vehicle_id, event_time, processing_time, \
         anomaly_type, severity, triggered_rule, features, thresholds, evidence)",
        "ON CONFLICT DO NOTHING",
        anomalies.collect(),
    )
    .await?;
    let completions = rows.completions.iter().map(|c| -> Values {
        vec![
            Box::new(c.command_id),
            Box::new(c.robot_id.clone()),
            Box::new(wire_name(&c.status)),
            Box::new(c.action.clone()),
            Box::new(c.params.clone()),
            Box::new(c.reason.clone()),
            Box::new(c.dry_run),
            Box::new(c.issuer.clone()),
            Box::new((c.issued_at_ms > 0).then(|| ts(c.issued_at_ms))),
            Box::new(ts(c.completed_at_ms)),
            Box::new(c.by.clone()),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO command_completions (command_id, robot_id, status, action, params, reason, \
         dry_run, issuer, issued_at, completed_at, completed_by)",
        "ON CONFLICT DO NOTHING",
        completions.collect(),
    )
    .await
}

async fn halts_and_dead_letters(tx: &Transaction<'_>, rows: &Rows) -> Result<()> {
    let halts = rows.halts.iter().map(|h| -> Values {
        let reason = match &h.action {
            crate::model::command::Action::Halt { reason } => Some(reason.clone()),
            _ => None,
        };
        vec![
            Box::new(h.command_id),
            Box::new(h.action.name()),
            Box::new(h.target.key()),
            Box::new(h.zone.clone()),
            Box::new(reason),
            Box::new(h.issuer.as_str()),
            Box::new(h.key_id.clone()),
            Box::new(ts(h.issued_at_ms)),
            Box::new(ts(h.expires_at_ms)),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO halts (command_id, action, target, zone, reason, issuer, key_id, issued_at, \
         expires_at)",
        "ON CONFLICT DO NOTHING",
        halts.collect(),
    )
    .await?;
    let letters = rows.dead_letters.iter().map(|d| -> Values {
        vec![
            Box::new(d.at.partition),
            Box::new(d.at.offset),
            Box::new(d.key.clone()),
            Box::new(d.payload.clone()),
            Box::new(d.original_topic.clone()),
            Box::new(d.original_partition),
            Box::new(d.original_offset),
            Box::new(d.stage.clone()),
            Box::new(d.error_class.clone()),
            Box::new(d.error_message.clone()),
            Box::new(d.group.clone()),
            Box::new(d.attempts),
            Box::new(ts(d.ts_ms)),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO dead_letters (kafka_partition, kafka_offset, key, payload, original_topic, \
         original_partition, original_offset, stage, error_class, error_message, \
         consumer_group, attempts, dead_lettered_at)",
        "ON CONFLICT DO NOTHING",
        letters.collect(),
    )
    .await
}

/// The alert lifecycle: one row per alert carrying its latest state, and every action.
async fn alerts(tx: &Transaction<'_>, rows: &Rows) -> Result<()> {
    // The latest state of each alert in this batch (records of one alert keep their order).
    let mut latest = BTreeMap::new();
    for a in &rows.alerts {
        latest.insert(a.alert_id.as_str(), a);
    }
    let values = latest.into_values().map(|a| -> Values {
        vec![
            Box::new(a.alert_id.clone()),
            Box::new(a.anomaly_id.clone()),
            Box::new(a.vehicle_id.clone()),
            Box::new(a.event_time),
            Box::new(a.alert_status.as_str()),
            Box::new(a.severity.as_str()),
            Box::new(a.anomaly_type.as_str()),
            Box::new(a.assigned_operator_id.clone()),
            Box::new(a.created_at),
            Box::new(a.processing_time),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO alerts AS t (alert_id, anomaly_id, vehicle_id, event_time, status, \
         severity, anomaly_type, assigned_operator_id, created_at, updated_at)",
        "ON CONFLICT (alert_id) DO UPDATE SET status = EXCLUDED.status, \
         assigned_operator_id = EXCLUDED.assigned_operator_id, updated_at = EXCLUDED.updated_at \
         WHERE EXCLUDED.updated_at >= t.updated_at",
        values.collect(),
    )
    .await?;
    let actions = rows.actions.iter().map(|a| -> Values {
        vec![
            Box::new(a.action_id.clone()),
            Box::new(a.alert_id.clone()),
            Box::new(a.vehicle_id.clone()),
            Box::new(a.operator_id.clone()),
            Box::new(a.action_type.as_str()),
            Box::new(a.processing_time),
            Box::new(a.metadata.comment.clone()),
        ]
    });
    insert_values(
        tx,
        "INSERT INTO alert_actions (action_id, alert_id, vehicle_id, operator_id, action_type, \
         at, comment)",
        "ON CONFLICT DO NOTHING",
        actions.collect(),
    )
    .await
}

/// A model field as a jsonb value.
fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}
