//! The schemas of every record fleetctl writes, the one source of truth: registered under each
//! topic's subject, written to docs/schemas, and checked for BACKWARD compatibility.
//!
//! Every topic fleetctl writes has a JSON Schema; the high-volume telemetry topics also have an
//! Avro schema. A subject holds one schema type, so where a topic has both, `{topic}-value` holds
//! the Avro schema (the name Confluent's serializers look up) and `{topic}-json-value` the JSON
//! Schema. The dead-letter topic has none: it carries copies of whatever failed.

pub mod compat;
pub mod wire;

use std::path::Path;

use serde::Serialize;

use crate::catalog::names;
use crate::error::Result;

/// The schema language of a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// JSON Schema (draft-07, the draft Confluent and Apicurio check compatibility of).
    Json,
    /// Apache Avro.
    Avro,
}

impl Kind {
    /// The `schemaType` the Confluent REST API uses (absent means Avro).
    pub fn registry_type(self) -> &'static str {
        match self {
            Kind::Json => "JSON",
            Kind::Avro => "AVRO",
        }
    }

    /// The kind named by a registry's `schemaType` (absent or unknown means Avro, as in
    /// Confluent's API).
    pub fn from_registry_type(t: Option<&str>) -> Kind {
        match t {
            Some("JSON") => Kind::Json,
            _ => Kind::Avro,
        }
    }

    /// Extension of the schema's file in docs/schemas.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Json => "json",
            Kind::Avro => "avsc",
        }
    }
}

/// One schema of one topic, as the code defines it.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    /// Catalog name of the topic (without prefix).
    pub topic: &'static str,
    /// Schema language.
    pub kind: Kind,
    /// The schema text as written in src/schemas.
    pub text: &'static str,
}

/// The signed envelope is one schema on three topics; each topic's file names its own topic.
const JSON: &[(&str, &str)] = &[
    (
        names::TELEMETRY_CONTROL,
        include_str!("json/robot-telemetry-control.json"),
    ),
    (
        names::TELEMETRY_SAFETY,
        include_str!("json/robot-telemetry-safety.json"),
    ),
    (names::COMMANDS, include_str!("json/robot-commands.json")),
    (
        names::COMMANDS_RETRY,
        include_str!("json/robot-commands-retry.json"),
    ),
    (
        names::COMPLETIONS,
        include_str!("json/robot-command-completions.json"),
    ),
    (
        names::EMERGENCY_HALT,
        include_str!("json/robot-emergency-halt.json"),
    ),
    (
        names::IDEMPOTENCY,
        include_str!("json/robot-idempotency-store.json"),
    ),
    (names::STATE, include_str!("json/robot-state.json")),
    (
        names::RAW_TELEMETRY,
        include_str!("json/raw_telemetry.json"),
    ),
    (names::ANOMALIES, include_str!("json/anomalies.json")),
    (
        names::OPERATOR_ALERTS,
        include_str!("json/operator_alerts.json"),
    ),
    (
        names::OPERATOR_ACTIONS,
        include_str!("json/operator_actions.json"),
    ),
];

const AVRO: &[(&str, &str)] = &[
    (
        names::TELEMETRY_CONTROL,
        include_str!("avro/robot-telemetry-control.avsc"),
    ),
    (
        names::TELEMETRY_SAFETY,
        include_str!("avro/robot-telemetry-safety.avsc"),
    ),
    (
        names::RAW_TELEMETRY,
        include_str!("avro/raw_telemetry.avsc"),
    ),
];

/// Every schema, JSON Schemas first, each list in catalog order.
pub fn all() -> Vec<Schema> {
    let json = JSON.iter().map(|&(topic, text)| Schema {
        topic,
        kind: Kind::Json,
        text,
    });
    let avro = AVRO.iter().map(|&(topic, text)| Schema {
        topic,
        kind: Kind::Avro,
        text,
    });
    json.chain(avro).collect()
}

/// The schema of a topic in a language, if the code has one.
pub fn find(topic: &str, kind: Kind) -> Option<Schema> {
    all()
        .into_iter()
        .find(|s| s.topic == topic && s.kind == kind)
}

/// Whether a topic has an Avro schema.
pub fn has_avro(topic: &str) -> bool {
    AVRO.iter().any(|(t, _)| *t == topic)
}

impl Schema {
    /// The registry subject under a topic prefix (see the module comment for the `-json`).
    pub fn subject(&self, prefix: &str) -> String {
        match self.kind {
            Kind::Json if has_avro(self.topic) => format!("{prefix}{}-json-value", self.topic),
            _ => format!("{prefix}{}-value", self.topic),
        }
    }

    /// File name in docs/schemas.
    pub fn file_name(&self) -> String {
        format!("{}.{}", self.topic, self.kind.extension())
    }

    /// The schema parsed (the texts are checked by a unit test, so this cannot fail at run time).
    pub fn value(&self) -> serde_json::Value {
        serde_json::from_str(self.text).unwrap_or(serde_json::Value::Null)
    }

    /// The text published to docs/schemas: pretty-printed, newline-terminated.
    pub fn published(&self) -> String {
        let mut s = serde_json::to_string_pretty(&self.value()).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// Writes every schema's published text into `dir` (docs/schemas).
pub fn write_docs(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    for s in all() {
        let path = dir.join(s.file_name());
        std::fs::write(&path, s.published())
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_parses_and_every_written_topic_has_one() {
        for s in all() {
            assert!(s.value().is_object(), "{}", s.file_name());
            if s.kind == Kind::Avro {
                apache_avro::Schema::parse_str(s.text).expect(s.topic);
            }
        }
        let topics: Vec<_> = crate::catalog::catalog(&Default::default())
            .into_iter()
            .map(|t| t.base)
            .filter(|t| t != names::DLQ)
            .collect();
        for t in topics {
            assert!(find(&t, Kind::Json).is_some(), "{t} has no JSON Schema");
        }
    }

    #[test]
    fn subjects_follow_the_topic_name_strategy() {
        let control = find(names::TELEMETRY_CONTROL, Kind::Avro).unwrap();
        assert_eq!(control.subject("p."), "p.robot-telemetry-control-value");
        let json = find(names::TELEMETRY_CONTROL, Kind::Json).unwrap();
        assert_eq!(json.subject(""), "robot-telemetry-control-json-value");
        let alerts = find(names::OPERATOR_ALERTS, Kind::Json).unwrap();
        assert_eq!(alerts.subject(""), "operator_alerts-value");
    }
}
