//! `fleetctl schemas list|show|register|check`: the code's schemas, the registry and the
//! committed files.

use serde::Serialize;

use crate::cli::{SchemasCheckArgs, SchemasCommand};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::ops::schemas::{self, Row, Step};
use crate::output::{Printer, Tone};
use crate::schemas::{Kind, Schema};
use crate::settings::Settings;

/// One schema as `list` prints it.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "schema_definition")]
struct Listed {
    /// Catalog topic.
    topic: String,
    /// Schema language.
    kind: Kind,
    /// Registry subject under the topic prefix.
    subject: String,
    /// File in docs/schemas.
    file: String,
}

/// One schema as `show` prints it in JSON formats.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "schema_text")]
struct Shown {
    /// Catalog topic.
    topic: String,
    /// Schema language.
    kind: Kind,
    /// Registry subject under the topic prefix.
    subject: String,
    /// The schema document.
    schema: serde_json::Value,
}

pub async fn run(settings: &Settings, cmd: SchemasCommand) -> Result<Exit> {
    let prefix = &settings.topic_prefix;
    match cmd {
        SchemasCommand::List => list(&settings.printer, prefix),
        SchemasCommand::Show(a) => {
            let kind = if a.avro { Kind::Avro } else { Kind::Json };
            let s = crate::schemas::find(&a.topic, kind).ok_or_else(|| {
                Error::NotFound(format!(
                    "no {kind:?} schema for topic `{}`; `fleetctl schemas list` lists them",
                    a.topic
                ))
            })?;
            let shown = Shown {
                topic: s.topic.to_string(),
                kind: s.kind,
                subject: s.subject(prefix),
                schema: s.value(),
            };
            // In a table format the schema itself, as published in docs/schemas.
            settings
                .printer
                .record(&shown, |_| s.published().trim_end().to_string())?;
            Ok(Exit::Ok)
        }
        SchemasCommand::Register(a) => {
            let client = registry(settings)?;
            let rows =
                tokio::task::block_in_place(|| schemas::register(&client, prefix, a.dry_run))?;
            finish(
                &settings.printer,
                &rows,
                if a.dry_run { "plan" } else { "register" },
            )
        }
        SchemasCommand::Check(a) => check(settings, &a),
    }
}

fn registry(settings: &Settings) -> Result<std::sync::Arc<crate::registry::RegistryClient>> {
    settings
        .registry()?
        .ok_or_else(|| Error::usage(crate::registry::NO_REGISTRY_HELP))
}

fn list(p: &Printer, prefix: &str) -> Result<Exit> {
    let rows: Vec<Listed> = crate::schemas::all()
        .iter()
        .map(|s: &Schema| Listed {
            topic: s.topic.to_string(),
            kind: s.kind,
            subject: s.subject(prefix),
            file: format!("docs/schemas/{}", s.file_name()),
        })
        .collect();
    p.records(&rows, |p| {
        let mut t = p.table(&["topic", "kind", "subject", "file"]);
        for r in &rows {
            t.add_row(vec![
                p.cell(&r.topic, Tone::Plain),
                p.cell(format!("{:?}", r.kind).to_lowercase(), Tone::Plain),
                p.cell(&r.subject, Tone::Plain),
                p.cell(&r.file, Tone::Plain),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

fn check(settings: &Settings, a: &SchemasCheckArgs) -> Result<Exit> {
    let client = if a.offline {
        None
    } else {
        settings.registry()?
    };
    if client.is_none() && a.against.is_none() {
        return Err(Error::usage(format!(
            "nothing to check against: pass --against DIR (committed schema files) or configure a registry. {}",
            crate::registry::NO_REGISTRY_HELP
        )));
    }
    if let Some(dir) = &a.against {
        if !dir.is_dir() {
            return Err(Error::usage(format!(
                "--against {}: no such directory",
                dir.display()
            )));
        }
    }
    let rows = tokio::task::block_in_place(|| {
        schemas::check(
            client.as_deref(),
            a.against.as_deref(),
            &settings.topic_prefix,
        )
    })?;
    finish(&settings.printer, &rows, "check")
}

fn tone(s: Step) -> Tone {
    match s {
        Step::Incompatible => Tone::Bad,
        Step::Register | Step::New => Tone::Plain,
        _ => Tone::Good,
    }
}

/// Prints the rows and a summary; exit 4 (drift) when any is incompatible.
fn finish(p: &Printer, rows: &[Row], what: &str) -> Result<Exit> {
    p.records(rows, |p| {
        let mut t = p.table(&["subject", "against", "result", "id", "details"]);
        for r in rows {
            t.add_row(vec![
                p.cell(&r.subject, Tone::Plain),
                p.cell(&r.against, Tone::Plain),
                p.cell(r.step.as_str(), tone(r.step)),
                p.cell(r.id.map(|i| i.to_string()).unwrap_or_default(), Tone::Plain),
                p.cell(r.details(), Tone::Plain),
            ]);
        }
        t
    })?;
    let count = |s: Step| rows.iter().filter(|r| r.step == s).count();
    p.status(format!(
        "{what}: {} registered, {} to register, {} unchanged, {} compatible, {} new, {} incompatible",
        count(Step::Registered),
        count(Step::Register),
        count(Step::Unchanged),
        count(Step::Compatible),
        count(Step::New),
        count(Step::Incompatible)
    ));
    if schemas::any_incompatible(rows) {
        for r in rows.iter().filter(|r| r.step == Step::Incompatible) {
            p.error(format!(
                "{} is not BACKWARD compatible with {}: {}",
                r.subject,
                r.against,
                r.details()
            ));
        }
        return Ok(Exit::Partial);
    }
    Ok(Exit::Ok)
}
