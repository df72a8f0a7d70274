//! The code's schemas against a registry and against committed files: the plan and apply of
//! `schemas register`, and the BACKWARD checks of `schemas check` and `doctor`.

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::registry::RegistryClient;
use crate::schemas::compat::{self, Incompatibility};
use crate::schemas::{self, Kind, Schema};

/// The compatibility level every subject fleetctl registers gets.
pub const LEVEL: &str = "BACKWARD";

/// What happened, or would happen, to one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Not in the registry yet (plan) or no committed file to compare with (check).
    New,
    /// Would be registered as a new version (plan).
    Register,
    /// Registered now.
    Registered,
    /// The registry already has this exact schema under the subject.
    Unchanged,
    /// Checked: the code's schema reads what the old one wrote.
    Compatible,
    /// Checked: it does not; see `problems`.
    Incompatible,
}

impl Step {
    /// Name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::New => "new",
            Step::Register => "register",
            Step::Registered => "registered",
            Step::Unchanged => "unchanged",
            Step::Compatible => "compatible",
            Step::Incompatible => "incompatible",
        }
    }
}

/// One subject's row.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "schema")]
pub struct Row {
    /// Registry subject.
    pub subject: String,
    /// Catalog topic.
    pub topic: String,
    /// Schema language.
    pub kind: Kind,
    /// What was compared with: `registry` or the committed files' directory.
    pub against: String,
    /// Outcome.
    pub step: Step,
    /// Schema id in the registry, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// The subject's compatibility level, when asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatibility: Option<String>,
    /// Why it is incompatible, field by field (local check).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Incompatibility>,
    /// What the registry's compatibility endpoint said, when it refused.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub registry_says: Vec<String>,
}

impl Row {
    fn new(s: &Schema, prefix: &str, against: &str, step: Step) -> Self {
        Row {
            subject: s.subject(prefix),
            topic: s.topic.to_string(),
            kind: s.kind,
            against: against.to_string(),
            step,
            id: None,
            compatibility: None,
            problems: Vec::new(),
            registry_says: Vec::new(),
        }
    }

    /// The problems in one line: the local ones (naming field and rule), else the registry's.
    pub fn details(&self) -> String {
        let mut parts: Vec<String> = self.problems.iter().map(ToString::to_string).collect();
        if parts.is_empty() {
            parts.extend(self.registry_says.iter().map(|m| format!("registry: {m}")));
        }
        parts.join("; ")
    }
}

/// Compares the code's schema with the registry's latest under its subject, locally and through
/// the registry's compatibility endpoint.
fn against_registry(c: &RegistryClient, s: &Schema, prefix: &str) -> Result<Row> {
    let mut row = Row::new(s, prefix, "registry", Step::New);
    let Some(latest) = c.latest(&row.subject)? else {
        return Ok(row);
    };
    row.problems = if latest.kind == s.kind {
        compat::backward(s.kind, &latest.text, s.text)
    } else {
        vec![Incompatibility {
            field: ".".into(),
            rule: "schema type changed",
            detail: format!("the subject holds {:?}, the code {:?}", latest.kind, s.kind),
        }]
    };
    row.registry_says = c.test_compatibility(&row.subject, s.kind, s.text)?;
    row.step = if row.problems.is_empty() && row.registry_says.is_empty() {
        Step::Compatible
    } else {
        Step::Incompatible
    };
    Ok(row)
}

/// BACKWARD checks of every schema: against the registry when one is given, against the files
/// of `dir` (a committed docs/schemas) when one is given.
pub fn check(c: Option<&RegistryClient>, dir: Option<&Path>, prefix: &str) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for s in schemas::all() {
        if let Some(dir) = dir {
            let mut row = Row::new(&s, prefix, &dir.display().to_string(), Step::New);
            if let Ok(old) = std::fs::read_to_string(dir.join(s.file_name())) {
                row.problems = compat::backward(s.kind, &old, s.text);
                row.step = if row.problems.is_empty() {
                    Step::Compatible
                } else {
                    Step::Incompatible
                };
            }
            rows.push(row);
        }
        if let Some(c) = c {
            rows.push(against_registry(c, &s, prefix)?);
        }
    }
    Ok(rows)
}

/// Registers every schema under its subject with BACKWARD compatibility, idempotently: a
/// subject that has the exact schema is left alone, an incompatible one is not touched. With
/// `dry_run`, only the plan.
pub fn register(c: &RegistryClient, prefix: &str, dry_run: bool) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for s in schemas::all() {
        let subject = s.subject(prefix);
        let mut row = match c.lookup(&subject, s.kind, s.text)? {
            Some(id) => Row {
                id: Some(id),
                ..Row::new(&s, prefix, "registry", Step::Unchanged)
            },
            None => against_registry(c, &s, prefix)?,
        };
        row.compatibility = c.compatibility(&subject)?;
        if dry_run || row.step == Step::Incompatible {
            if row.step != Step::Incompatible && row.step != Step::Unchanged {
                row.step = Step::Register;
            }
            rows.push(row);
            continue;
        }
        // The level first, so that the registry itself enforces it on this registration.
        if row.compatibility.as_deref() != Some(LEVEL) {
            c.set_compatibility(&subject, LEVEL)?;
            row.compatibility = Some(LEVEL.to_string());
        }
        if row.step != Step::Unchanged {
            row.id = Some(c.register(&subject, s.kind, s.text)?);
            row.step = Step::Registered;
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Whether any row is incompatible.
pub fn any_incompatible(rows: &[Row]) -> bool {
    rows.iter().any(|r| r.step == Step::Incompatible)
}
