//! What one batch of archived records becomes: each topic's records decoded with the model's own
//! types (the same decode paths the roles use), grouped per table. A record that does not decode
//! is handed back to the caller, which dead-letters it.

use rdkafka::Message;
use serde::Serialize;

use crate::catalog::names;
use crate::kafka::dlq;
use crate::model::anomaly::{Anomaly, OperatorAction, OperatorAlert};
use crate::model::command::Command;
use crate::model::fleet::{Completion, ControlTelemetry, SafetyTelemetry};
use crate::schemas::wire::{TelemetryDecoders, Undecodable};

/// The topics the archiver reads, one per kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// robot-telemetry-control.
    Control,
    /// robot-telemetry-safety.
    Safety,
    /// anomalies.
    Anomalies,
    /// operator_alerts.
    Alerts,
    /// operator_actions.
    Actions,
    /// robot-command-completions (outcomes, halt and resume acknowledgements).
    Completions,
    /// robot-emergency-halt.
    Halts,
    /// robot-commands-dlq.
    DeadLetters,
}

impl Source {
    /// Every archived topic.
    pub const ALL: [Source; 8] = [
        Source::Control,
        Source::Safety,
        Source::Anomalies,
        Source::Alerts,
        Source::Actions,
        Source::Completions,
        Source::Halts,
        Source::DeadLetters,
    ];

    /// The topic's catalog name.
    pub fn base(self) -> &'static str {
        match self {
            Source::Control => names::TELEMETRY_CONTROL,
            Source::Safety => names::TELEMETRY_SAFETY,
            Source::Anomalies => names::ANOMALIES,
            Source::Alerts => names::OPERATOR_ALERTS,
            Source::Actions => names::OPERATOR_ACTIONS,
            Source::Completions => names::COMPLETIONS,
            Source::Halts => names::EMERGENCY_HALT,
            Source::DeadLetters => names::DLQ,
        }
    }
}

/// Where a record came from: partition and offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Partition.
    pub partition: i32,
    /// Offset.
    pub offset: i64,
}

/// A dead letter as archived: the bytes untouched, the reason from its headers.
#[derive(Debug, Clone)]
pub struct DeadLetter {
    /// Where it sits in the DLQ topic.
    pub at: At,
    /// Record key.
    pub key: Option<String>,
    /// Record value, as it was.
    pub payload: Option<Vec<u8>>,
    /// Topic it was first read from.
    pub original_topic: Option<String>,
    /// Its partition there.
    pub original_partition: Option<i32>,
    /// Its offset there.
    pub original_offset: Option<i64>,
    /// Stage that failed.
    pub stage: Option<String>,
    /// Error class.
    pub error_class: Option<String>,
    /// Error message.
    pub error_message: Option<String>,
    /// Consumer group that gave up on it.
    pub group: Option<String>,
    /// Attempts made.
    pub attempts: Option<i32>,
    /// When it was dead-lettered (the DLQ record's timestamp), ms.
    pub ts_ms: i64,
}

/// One batch's rows, per table.
#[derive(Debug, Default)]
pub struct Rows {
    /// Control readings with where each came from.
    pub control: Vec<(At, ControlTelemetry)>,
    /// Safety readings with where each came from.
    pub safety: Vec<(At, SafetyTelemetry)>,
    /// Anomalies.
    pub anomalies: Vec<Anomaly>,
    /// Alert states, oldest first.
    pub alerts: Vec<OperatorAlert>,
    /// Operator actions.
    pub actions: Vec<OperatorAction>,
    /// Command completions and acknowledgements.
    pub completions: Vec<Completion>,
    /// Halts and resumes as issued, with the signing key's id.
    pub halts: Vec<Command>,
    /// Dead letters.
    pub dead_letters: Vec<DeadLetter>,
}

impl Rows {
    /// How many rows (before downsampling).
    pub fn len(&self) -> usize {
        self.control.len()
            + self.safety.len()
            + self.anomalies.len()
            + self.alerts.len()
            + self.actions.len()
            + self.completions.len()
            + self.halts.len()
            + self.dead_letters.len()
    }

    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Decodes `m`, read from `source`, into its table's rows (telemetry in any value format,
    /// through `telemetry`); why when it does not decode (the caller dead-letters it). A
    /// tombstone (no value) of a keyed topic is no row.
    pub fn add<M: Message>(
        &mut self,
        (source, telemetry): (Source, &TelemetryDecoders),
        m: &M,
    ) -> Result<(), Undecodable> {
        let at = At {
            partition: m.partition(),
            offset: m.offset(),
        };
        if source == Source::DeadLetters {
            self.dead_letters.push(dead_letter(at, m));
            return Ok(());
        }
        let Some(bytes) = m.payload() else {
            return Ok(());
        };
        let json = |e: serde_json::Error| Undecodable {
            class: "malformed",
            message: e.to_string(),
        };
        match source {
            Source::Control => self.control.push((at, telemetry.control.decode(bytes)?)),
            Source::Safety => self.safety.push((at, telemetry.safety.decode(bytes)?)),
            Source::Anomalies => self
                .anomalies
                .push(serde_json::from_slice(bytes).map_err(json)?),
            Source::Alerts => self
                .alerts
                .push(serde_json::from_slice(bytes).map_err(json)?),
            Source::Actions => self
                .actions
                .push(serde_json::from_slice(bytes).map_err(json)?),
            Source::Completions => self
                .completions
                .push(serde_json::from_slice(bytes).map_err(json)?),
            Source::Halts => {
                self.halts
                    .push(crate::signing::envelope::decode_unverified(bytes).ok_or(
                        Undecodable {
                            class: "malformed",
                            message: "not a signed command envelope".into(),
                        },
                    )?)
            }
            Source::DeadLetters => unreachable!("handled above"),
        }
        Ok(())
    }
}

fn dead_letter<M: Message>(at: At, m: &M) -> DeadLetter {
    let h = |name| dlq::header(m, name);
    DeadLetter {
        at,
        key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
        payload: m.payload().map(<[u8]>::to_vec),
        original_topic: h(dlq::h::TOPIC),
        original_partition: h(dlq::h::PARTITION).and_then(|v| v.parse().ok()),
        original_offset: h(dlq::h::OFFSET).and_then(|v| v.parse().ok()),
        stage: h(dlq::h::STAGE),
        error_class: h(dlq::h::ERROR_CLASS),
        error_message: h(dlq::h::ERROR_MESSAGE),
        group: h(dlq::h::GROUP),
        attempts: h(dlq::h::ATTEMPTS).and_then(|v| v.parse().ok()),
        ts_ms: m
            .timestamp()
            .to_millis()
            .unwrap_or_else(crate::model::now_ms),
    }
}

/// A value's wire name (an enum serialised as a JSON string), for text columns.
pub fn wire_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
