//! Operator alerts: the life cycle (OPEN → ACKNOWLEDGED → RESOLVED or DISMISSED), the current
//! state folded from `operator_alerts`, and actions written to `operator_actions` and
//! `operator_alerts`, both keyed by alert_id so one alert's records stay in order.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rdkafka::Message;
use serde::Serialize;

use crate::catalog::{self, names};
use crate::error::{Error, Result};
use crate::model::anomaly::{
    stable_id, ActionMetadata, ActionType, AlertStatus, Anomaly, OperatorAction, OperatorAlert,
};
use crate::otel::{attr, Kind};
use crate::settings::KafkaSettings;

/// What an action does to an alert in a given state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// The alert moves to this state (intervening on an acknowledged alert keeps it there).
    To(AlertStatus),
    /// Already in the state the action leads to: nothing is written.
    NoOp,
}

/// The life cycle. Terminal states never reopen; a new anomaly opens a new alert.
pub fn transition(
    from: AlertStatus,
    action: ActionType,
) -> std::result::Result<Transition, String> {
    use ActionType as A;
    use AlertStatus as S;
    match (from, action) {
        (S::Open, A::Acknowledge) => Ok(Transition::To(S::Acknowledged)),
        (S::Acknowledged, A::Acknowledge) => Ok(Transition::NoOp),
        (S::Open | S::Acknowledged, A::Intervene) => Ok(Transition::To(S::Acknowledged)),
        (S::Acknowledged, A::Resolve) => Ok(Transition::To(S::Resolved)),
        (S::Open, A::Resolve) => {
            Err("an OPEN alert must be acknowledged before it is resolved".into())
        }
        (S::Open | S::Acknowledged, A::Dismiss) => Ok(Transition::To(S::Dismissed)),
        (S::Resolved, A::Resolve) | (S::Dismissed, A::Dismiss) => Ok(Transition::NoOp),
        (S::Resolved | S::Dismissed, _) => Err(format!(
            "the alert is {} and never reopens; a new anomaly opens a new alert",
            from.as_str()
        )),
    }
}

/// The alert a new anomaly opens (its id derives from the anomaly id, so it is opened once).
pub fn open_alert(a: &Anomaly, now: DateTime<Utc>) -> OperatorAlert {
    OperatorAlert {
        alert_id: alert_id_for(&a.anomaly_id),
        anomaly_id: a.anomaly_id.clone(),
        vehicle_id: a.vehicle_id.clone(),
        event_time: a.event_time,
        processing_time: now,
        alert_status: AlertStatus::Open,
        severity: a.severity,
        anomaly_type: a.anomaly_type,
        assigned_operator_id: None,
        created_at: now,
    }
}

/// The alert id of an anomaly.
pub fn alert_id_for(anomaly_id: &str) -> String {
    stable_id(&["alert", anomaly_id])
}

/// Every alert record in topic order (per alert: oldest first). Unparseable records are skipped
/// with a warning: one bad record must not hide every alert.
pub fn alert_records(k: &KafkaSettings, prefix: &str) -> Result<Vec<OperatorAlert>> {
    let topic = catalog::topic(prefix, names::OPERATOR_ALERTS);
    parse_all(k, &topic)
}

fn parse_all<T: serde::de::DeserializeOwned>(k: &KafkaSettings, topic: &str) -> Result<Vec<T>> {
    let msgs = crate::kafka::client::read_messages(k, topic)?;
    let mut out = Vec::with_capacity(msgs.len());
    for m in msgs {
        match m.payload().map(serde_json::from_slice::<T>) {
            Some(Ok(v)) => out.push(v),
            Some(Err(e)) => tracing::warn!(
                partition = m.partition(),
                offset = m.offset(),
                "skipping malformed record on {topic}: {e}"
            ),
            None => tracing::warn!(
                partition = m.partition(),
                offset = m.offset(),
                "skipping empty record on {topic}"
            ),
        }
    }
    Ok(out)
}

/// The trace of an alert: the context its latest record carries, so that an operator's action
/// continues the trace of the anomaly (and the row) behind it. Read only while tracing is on.
fn alert_trace(
    k: &KafkaSettings,
    alerts_topic: &str,
    alert_id: &str,
) -> Result<Option<crate::otel::SpanContext>> {
    let mut found = None;
    if crate::otel::enabled() {
        crate::kafka::client::read_records_to_end(k, alerts_topic, |m| {
            if m.key() == Some(alert_id.as_bytes()) {
                found = crate::kafka::trace::extract(m).or(found.take());
            }
        })?;
    }
    Ok(found)
}

/// The current state of each alert: the latest record per alert_id wins.
pub fn fold(records: Vec<OperatorAlert>) -> BTreeMap<String, OperatorAlert> {
    let mut m = BTreeMap::new();
    for r in records {
        m.insert(r.alert_id.clone(), r);
    }
    m
}

/// The outcome of an operator action, printed on stdout.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "alert_action")]
pub struct ActionOutcome {
    /// What was asked.
    pub action_type: ActionType,
    /// Whether anything was written (false for a repeated acknowledge, resolve or dismiss).
    pub changed: bool,
    /// The action record written, if any.
    pub action_id: Option<String>,
    /// The alert's state after the action.
    pub alert: OperatorAlert,
}

/// Applies an operator action: NotFound for an unknown id, Conflict for an invalid transition.
pub async fn act(
    k: &KafkaSettings,
    prefix: &str,
    alert_id: &str,
    action: ActionType,
    operator: &str,
    comment: Option<String>,
) -> Result<ActionOutcome> {
    let alerts = fold(alert_records(k, prefix)?);
    let current = alerts
        .get(alert_id)
        .cloned()
        .ok_or_else(|| Error::NotFound(format!("no alert with id {alert_id}")))?;
    let to = match transition(current.alert_status, action).map_err(Error::Conflict)? {
        Transition::NoOp => {
            return Ok(ActionOutcome {
                action_type: action,
                changed: false,
                action_id: None,
                alert: current,
            })
        }
        Transition::To(s) => s,
    };
    let now = Utc::now();
    let record = OperatorAction {
        action_id: uuid::Uuid::new_v4().to_string(),
        alert_id: alert_id.to_string(),
        vehicle_id: current.vehicle_id.clone(),
        operator_id: operator.to_string(),
        action_type: action,
        processing_time: now,
        metadata: ActionMetadata { comment },
    };
    let next = OperatorAlert {
        alert_status: to,
        assigned_operator_id: Some(operator.to_string()),
        processing_time: now,
        ..current
    };
    let producer = crate::kafka::client::producer(k, &[])?;
    let actions_topic = catalog::topic(prefix, names::OPERATOR_ACTIONS);
    let alerts_topic = catalog::topic(prefix, names::OPERATOR_ALERTS);
    // The action first: if the state write then fails, history still shows what was attempted.
    let parent = alert_trace(k, &alerts_topic, alert_id)?;
    let span = crate::otel::start("alert.action", Kind::Producer, parent.as_ref(), || {
        vec![
            attr("alert.id", alert_id.to_string()),
            attr("alert.action", action.as_str()),
            attr("vehicle.id", record.vehicle_id.clone()),
        ]
    });
    let traced = || crate::kafka::trace::inject(span.as_ref(), None);
    let action_bytes = serde_json::to_vec(&record)?;
    let action_record = (actions_topic.as_str(), alert_id, action_bytes.as_slice());
    crate::kafka::pending::send_one(&producer, action_record, traced()).await?;
    let alert_bytes = serde_json::to_vec(&next)?;
    let alert_record = (alerts_topic.as_str(), alert_id, alert_bytes.as_slice());
    crate::kafka::pending::send_one(&producer, alert_record, traced()).await?;
    Ok(ActionOutcome {
        action_type: action,
        changed: true,
        action_id: Some(record.action_id),
        alert: next,
    })
}

/// One line of an alert's history.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "alert_history")]
pub struct HistoryEntry {
    /// The alert.
    pub alert_id: String,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// `state` (a record on operator_alerts, or in the archive the alert's current state),
    /// `action` (a record on operator_actions) or, in the archive, `opened`.
    pub source: &'static str,
    /// Who (none for the opening by the operator service).
    pub operator_id: Option<String>,
    /// The action, for action entries.
    pub action_type: Option<ActionType>,
    /// The resulting state, for state entries.
    pub alert_status: Option<AlertStatus>,
    /// The operator's comment, if any.
    pub comment: Option<String>,
}

/// Who did what and when to one alert (or every alert), since a time, oldest first, from what
/// the topics still hold.
pub fn history(
    k: &KafkaSettings,
    prefix: &str,
    alert_id: Option<&str>,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<HistoryEntry>> {
    let wanted = |id: &str| alert_id.is_none_or(|a| a == id);
    let states: Vec<OperatorAlert> = alert_records(k, prefix)?
        .into_iter()
        .filter(|a| wanted(&a.alert_id))
        .collect();
    if let (Some(id), true) = (alert_id, states.is_empty()) {
        return Err(Error::NotFound(format!("no alert with id {id}")));
    }
    let topic = catalog::topic(prefix, names::OPERATOR_ACTIONS);
    let actions: Vec<OperatorAction> = parse_all(k, &topic)?;
    let mut out: Vec<HistoryEntry> = states
        .into_iter()
        .map(|s| HistoryEntry {
            alert_id: s.alert_id,
            at: s.processing_time,
            source: "state",
            operator_id: s.assigned_operator_id,
            action_type: None,
            alert_status: Some(s.alert_status),
            comment: None,
        })
        .collect();
    out.extend(
        actions
            .into_iter()
            .filter(|a| wanted(&a.alert_id))
            .map(|a| HistoryEntry {
                alert_id: a.alert_id,
                at: a.processing_time,
                source: "action",
                operator_id: Some(a.operator_id),
                action_type: Some(a.action_type),
                alert_status: None,
                comment: a.metadata.comment,
            }),
    );
    out.retain(|e| since.is_none_or(|t| e.at >= t));
    // Stable: an action and the state it caused share a timestamp; the action stays first.
    out.sort_by_key(|e| (e.at, e.source == "state"));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionType as A;
    use AlertStatus as S;

    #[test]
    fn life_cycle() {
        assert_eq!(
            transition(S::Open, A::Acknowledge),
            Ok(Transition::To(S::Acknowledged))
        );
        assert_eq!(
            transition(S::Acknowledged, A::Acknowledge),
            Ok(Transition::NoOp)
        );
        assert_eq!(
            transition(S::Acknowledged, A::Resolve),
            Ok(Transition::To(S::Resolved))
        );
        assert_eq!(
            transition(S::Open, A::Dismiss),
            Ok(Transition::To(S::Dismissed))
        );
        assert_eq!(
            transition(S::Open, A::Intervene),
            Ok(Transition::To(S::Acknowledged))
        );
        assert!(transition(S::Open, A::Resolve).is_err());
        for a in [A::Acknowledge, A::Intervene, A::Dismiss] {
            assert!(
                transition(S::Resolved, a).is_err(),
                "resolved never reopens"
            );
        }
        assert_eq!(transition(S::Resolved, A::Resolve), Ok(Transition::NoOp));
        assert!(transition(S::Dismissed, A::Resolve).is_err());
    }
}
