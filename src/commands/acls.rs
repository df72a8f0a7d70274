//! `fleetctl acls plan|apply`: the ACLs each role's principal needs, against the cluster.

use std::collections::BTreeMap;

use crate::acls::diff::{self, Action, Row};
use crate::acls::{self, table};
use crate::cli::{AclsCommand, PrincipalArgs};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::kafka::acl::AclAdmin;
use crate::output::{Printer, Tone};
use crate::settings::Settings;

pub async fn run(settings: &Settings, cmd: AclsCommand) -> Result<Exit> {
    match cmd {
        AclsCommand::Plan(a) => plan(settings, &a.principals),
        AclsCommand::Apply(a) => apply(settings, &a.principals, a.dry_run, a.prune).await,
    }
}

/// The principals of the roles, saying which roles have none (they are left out of the plan).
fn assigned(settings: &Settings, args: &PrincipalArgs) -> Result<BTreeMap<String, String>> {
    let principals = acls::principals(&settings.acl_principals, &args.principals)?;
    if principals.is_empty() {
        return Err(Error::usage(
            "no role has a principal: pass --principal ROLE=User:NAME (repeatable) or set \
             acl-principals in the context; `fleetctl acls plan --help` lists the roles",
        ));
    }
    let skipped: Vec<&str> = table::role_names()
        .into_iter()
        .filter(|r| !principals.contains_key(*r))
        .collect();
    if !skipped.is_empty() {
        settings
            .printer
            .status(format!("no principal for {}: skipped", skipped.join(", ")));
    }
    Ok(principals)
}

fn tone(a: Option<Action>) -> Tone {
    match a {
        Some(Action::Created | Action::Present | Action::Deleted) => Tone::Good,
        Some(Action::Create) | None => Tone::Plain,
        Some(Action::Extra) => Tone::Warn,
        Some(Action::Failed) => Tone::Bad,
    }
}

fn rows_table(p: &Printer, rows: &[Row], with_action: bool) -> comfy_table::Table {
    let mut header = vec![
        "principal",
        "role",
        "resource",
        "name",
        "pattern",
        "operation",
    ];
    if with_action {
        header.push("action");
    }
    header.push("why");
    let mut t = p.table(&header);
    for r in rows {
        let b = &r.binding;
        let mut cells = vec![
            p.cell(&b.principal, Tone::Plain),
            p.cell(r.role.unwrap_or("-"), Tone::Plain),
            p.cell(b.resource_type.as_str(), Tone::Plain),
            p.cell(&b.resource_name, Tone::Plain),
            p.cell(b.pattern.as_str(), Tone::Plain),
            p.cell(
                match b.permission {
                    acls::Permission::Allow => b.operation.as_str().to_string(),
                    acls::Permission::Deny => format!("{} (deny)", b.operation.as_str()),
                },
                Tone::Plain,
            ),
        ];
        if with_action {
            let word = r.action.map(Action::as_str).unwrap_or("-");
            cells.push(p.cell(word, tone(r.action)));
        }
        cells.push(p.cell(
            r.error.as_deref().or(r.why).unwrap_or("needed by no role"),
            Tone::Plain,
        ));
        t.add_row(cells);
    }
    t
}

fn plan(settings: &Settings, args: &PrincipalArgs) -> Result<Exit> {
    let principals = assigned(settings, args)?;
    let rows: Vec<Row> = acls::plan(&settings.topic_prefix, &principals)
        .iter()
        .map(Row::planned)
        .collect();
    settings
        .printer
        .records(&rows, |p| rows_table(p, &rows, false))?;
    settings.printer.status(format!(
        "{} ACLs for {} principal(s)",
        rows.len(),
        principals
            .values()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    ));
    Ok(Exit::Ok)
}

/// Applies `done` (per row, in order) to the rows with action `from`.
fn settle<T>(
    rows: &mut [Row],
    from: Action,
    to: Action,
    done: Vec<std::result::Result<T, String>>,
) {
    for (row, result) in rows.iter_mut().filter(|r| r.action == Some(from)).zip(done) {
        match result {
            Ok(_) => row.action = Some(to),
            Err(e) => {
                row.action = Some(Action::Failed);
                row.error = Some(e);
            }
        }
    }
}

async fn apply(
    settings: &Settings,
    args: &PrincipalArgs,
    dry_run: bool,
    prune: bool,
) -> Result<Exit> {
    let principals = assigned(settings, args)?;
    let wanted = acls::plan(&settings.topic_prefix, &principals);
    let admin = AclAdmin::new(settings.kafka()?)?;
    let actual = admin.describe().await?;
    let mut rows = diff::diff(&wanted, &actual);
    let with = |rows: &[Row], a: Action| -> Vec<acls::Binding> {
        rows.iter()
            .filter(|r| r.action == Some(a))
            .map(|r| r.binding.clone())
            .collect()
    };
    if !dry_run {
        let created = admin.create(&with(&rows, Action::Create)).await?;
        settle(&mut rows, Action::Create, Action::Created, created);
        if prune {
            let deleted = admin.delete(&with(&rows, Action::Extra)).await?;
            settle(&mut rows, Action::Extra, Action::Deleted, deleted);
        }
    }
    settings
        .printer
        .records(&rows, |p| rows_table(p, &rows, true))?;
    let count = |a: Action| rows.iter().filter(|r| r.action == Some(a)).count();
    settings.printer.status(if dry_run {
        format!(
            "plan: {} to create, {} present, {} extra",
            count(Action::Create),
            count(Action::Present),
            count(Action::Extra)
        )
    } else {
        format!(
            "{} created, {} present, {} extra, {} deleted, {} failed",
            count(Action::Created),
            count(Action::Present),
            count(Action::Extra),
            count(Action::Deleted),
            count(Action::Failed)
        )
    });
    // A missing ACL breaks a role as surely as an extra one widens it: the dry run checks both.
    Ok(if count(Action::Failed) > 0 {
        Exit::Failure
    } else if count(Action::Extra) > 0 || (dry_run && count(Action::Create) > 0) {
        Exit::Partial
    } else {
        Exit::Ok
    })
}
