//! `fleetctl topics create|list|describe`: the catalog against the cluster.

use serde::Serialize;

use crate::catalog::{self, CatalogParams, TopicSpec};
use crate::cli::{CatalogArgs, TopicsCommand};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::kafka::admin::Admin;
use crate::output::{Printer, Tone};
use crate::plan::{self, Action, PlanRow};
use crate::settings::Settings;

/// The catalog for these settings and sizing flags.
pub fn catalog_params(settings: &Settings, args: &CatalogArgs) -> Result<CatalogParams> {
    let robots = args.robots.unwrap_or(catalog::DEFAULT_NUM_ROBOTS);
    let per_100 = args
        .partitions_per_100_robots
        .unwrap_or(catalog::DEFAULT_PARTITIONS_PER_100_ROBOTS);
    if robots == 0 || per_100 == 0 {
        return Err(Error::usage(
            "--robots and PARTITIONS_PER_100_ROBOTS must be at least 1",
        ));
    }
    Ok(CatalogParams {
        prefix: settings.topic_prefix.clone(),
        replication_factor: settings.replication_factor,
        robots,
        partitions_per_100_robots: per_100,
        overrides: settings.topic_overrides.clone(),
    })
}

pub async fn run(settings: &Settings, cmd: TopicsCommand) -> Result<Exit> {
    match cmd {
        TopicsCommand::Create(a) => create(settings, &a.catalog, a.dry_run).await,
        TopicsCommand::List(a) => list(settings, &a).await,
        TopicsCommand::Describe(a) => describe(settings, &a.catalog, a.name.as_deref()).await,
    }
}

fn tone(a: Action) -> Tone {
    match a {
        Action::Created | Action::Unchanged => Tone::Good,
        Action::Create => Tone::Plain,
        Action::Drift => Tone::Warn,
        Action::Failed => Tone::Bad,
    }
}

fn plan_table(p: &Printer, rows: &[PlanRow]) -> comfy_table::Table {
    let mut t = p.table(&["topic", "action", "partitions", "replication", "details"]);
    for r in rows {
        let details = match (&r.error, r.differences.is_empty()) {
            (Some(e), _) => e.clone(),
            (None, false) => r
                .differences
                .iter()
                .map(|d| format!("{}: {} (catalog {})", d.setting, d.actual, d.expected))
                .collect::<Vec<_>>()
                .join("; "),
            (None, true) => String::new(),
        };
        t.add_row(vec![
            p.cell(&r.name, Tone::Plain),
            p.cell(r.action.as_str(), tone(r.action)),
            p.cell(r.partitions, Tone::Plain),
            p.cell(r.replication, Tone::Plain),
            p.cell(details, Tone::Plain),
        ]);
    }
    t
}

async fn create(settings: &Settings, args: &CatalogArgs, dry_run: bool) -> Result<Exit> {
    let specs = catalog::catalog(&catalog_params(settings, args)?);
    let admin = Admin::new(settings.kafka()?)?;
    let actual = admin.describe(&specs).await?;
    let mut rows = plan::plan(&specs, &actual);
    if !dry_run {
        let missing: Vec<&TopicSpec> = specs
            .iter()
            .filter(|s| {
                rows.iter()
                    .any(|r| r.name == s.name && r.action == Action::Create)
            })
            .collect();
        for (name, result) in admin.create(&missing).await? {
            if let Some(row) = rows.iter_mut().find(|r| r.name == name) {
                match result {
                    Ok(()) => row.action = Action::Created,
                    Err(e) => {
                        row.action = Action::Failed;
                        row.error = Some(e);
                    }
                }
            }
        }
    }
    settings.printer.records(&rows, |p| plan_table(p, &rows))?;
    let count = |a: Action| rows.iter().filter(|r| r.action == a).count();
    let summary = if dry_run {
        format!(
            "plan: {} to create, {} unchanged, {} drift",
            count(Action::Create),
            count(Action::Unchanged),
            count(Action::Drift)
        )
    } else {
        format!(
            "{} created, {} unchanged, {} drift, {} failed",
            count(Action::Created),
            count(Action::Unchanged),
            count(Action::Drift),
            count(Action::Failed)
        )
    };
    settings.printer.status(summary);
    let failed = count(Action::Failed);
    Ok(if failed > 0 && failed == rows.len() {
        Exit::Failure
    } else if failed > 0 || count(Action::Drift) > 0 {
        Exit::Partial
    } else {
        Exit::Ok
    })
}

/// A catalog topic next to the cluster's version of it.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "topic")]
struct TopicRow {
    /// Full name.
    name: String,
    /// Catalog name.
    catalog_name: String,
    /// `ok`, `missing` or `drift`.
    status: &'static str,
    /// Catalog partitions.
    partitions: i32,
    /// Partitions on the cluster.
    actual_partitions: Option<i32>,
    /// Catalog replication.
    replication: i32,
    /// Replication on the cluster.
    actual_replication: Option<i32>,
    /// What the key holds.
    key: String,
    /// Catalog configs.
    configs: std::collections::BTreeMap<String, String>,
    /// Configs on the cluster.
    actual_configs: Option<std::collections::BTreeMap<String, String>>,
    /// Settings that differ.
    differences: Vec<plan::Difference>,
}

async fn topic_rows(
    settings: &Settings,
    args: &CatalogArgs,
    only: Option<&str>,
) -> Result<Vec<TopicRow>> {
    let mut specs = catalog::catalog(&catalog_params(settings, args)?);
    if let Some(name) = only {
        specs.retain(|s| s.name == name || s.base == name);
        if specs.is_empty() {
            return Err(Error::NotFound(format!(
                "`{name}` is not a catalog topic; `fleetctl topics list` shows them"
            )));
        }
    }
    let admin = Admin::new(settings.kafka()?)?;
    let actual = admin.describe(&specs).await?;
    Ok(specs
        .into_iter()
        .map(|s| {
            let a = actual.get(&s.name);
            let differences = a.map(|a| plan::differences(&s, a)).unwrap_or_default();
            TopicRow {
                status: match a {
                    None => "missing",
                    Some(_) if differences.is_empty() => "ok",
                    Some(_) => "drift",
                },
                actual_partitions: a.map(|a| a.partitions),
                actual_replication: a.map(|a| a.replication),
                actual_configs: a.map(|a| a.configs.clone()),
                differences,
                name: s.name,
                catalog_name: s.base,
                partitions: s.partitions,
                replication: s.replication,
                key: s.key,
                configs: s.configs,
            }
        })
        .collect())
}

fn status_tone(s: &str) -> Tone {
    match s {
        "ok" => Tone::Good,
        "drift" => Tone::Warn,
        _ => Tone::Bad,
    }
}

fn opt(v: Option<i32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

async fn list(settings: &Settings, args: &CatalogArgs) -> Result<Exit> {
    let rows = topic_rows(settings, args, None).await?;
    settings.printer.records(&rows, |p| {
        let mut t = p.table(&["topic", "status", "partitions", "replication", "key"]);
        for r in &rows {
            t.add_row(vec![
                p.cell(&r.name, Tone::Plain),
                p.cell(r.status, status_tone(r.status)),
                p.cell(
                    format!("{}/{}", opt(r.actual_partitions), r.partitions),
                    Tone::Plain,
                ),
                p.cell(
                    format!("{}/{}", opt(r.actual_replication), r.replication),
                    Tone::Plain,
                ),
                p.cell(&r.key, Tone::Plain),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

async fn describe(settings: &Settings, args: &CatalogArgs, name: Option<&str>) -> Result<Exit> {
    let rows = topic_rows(settings, args, name).await?;
    settings.printer.records(&rows, |p| {
        let mut t = p.table(&["topic", "setting", "catalog", "cluster", "status"]);
        for r in &rows {
            let mut line = |setting: &str, want: String, have: Option<String>| {
                let st = match &have {
                    None => "missing",
                    Some(h) if crate::kafka::admin::config_equal(setting, &want, h) => "ok",
                    Some(_) => "drift",
                };
                t.add_row(vec![
                    p.cell(&r.name, Tone::Plain),
                    p.cell(setting, Tone::Plain),
                    p.cell(want, Tone::Plain),
                    p.cell(have.unwrap_or_else(|| "-".into()), Tone::Plain),
                    p.cell(st, status_tone(st)),
                ]);
            };
            line(
                "partitions",
                r.partitions.to_string(),
                r.actual_partitions.map(|v| v.to_string()),
            );
            line(
                "replication",
                r.replication.to_string(),
                r.actual_replication.map(|v| v.to_string()),
            );
            for (k, v) in &r.configs {
                let have = r
                    .actual_configs
                    .as_ref()
                    .map(|c| c.get(k).cloned().unwrap_or_else(|| "(default)".into()));
                line(k, v.clone(), have);
            }
        }
        t
    })?;
    Ok(
        if name.is_some() && rows.iter().any(|r| r.status == "missing") {
            Exit::NotFound
        } else {
            Exit::Ok
        },
    )
}
