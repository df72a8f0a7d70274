//! Health checks for CI and probes: brokers, catalog topics, consumer lag, DLQ backlog, and the
//! schema registry when one is configured.

use serde::Serialize;

use crate::catalog::{self, TopicSpec};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::kafka::admin::Admin;
use crate::plan::{self, Action};
use crate::settings::KafkaSettings;

/// Result of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Healthy.
    Ok,
    /// Worth a look; does not change the exit code.
    Warn,
    /// Unhealthy.
    Fail,
}

/// One check as printed.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "check")]
pub struct Check {
    /// What was checked: brokers, topics, lag:GROUP, dlq.
    pub name: String,
    /// ok, warn or fail.
    pub status: Status,
    /// What was found.
    pub detail: String,
}

/// Thresholds and the catalog to check against.
#[derive(Debug, Clone)]
pub struct Options {
    /// The catalog for these settings.
    pub specs: Vec<TopicSpec>,
    /// Topic prefix (also the prefix of the fleet's group ids).
    pub prefix: String,
    /// Largest tolerated partition lag.
    pub max_lag: i64,
    /// Largest tolerated DLQ backlog; `None`: any backlog is a warning only.
    pub max_dlq: Option<i64>,
    /// The schema registry, when one is configured.
    pub registry: Option<std::sync::Arc<crate::registry::RegistryClient>>,
}

fn check(name: impl Into<String>, status: Status, detail: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        status,
        detail: detail.into(),
    }
}

/// The original design's variables that are set but have no effect (a warning only).
fn environment() -> Check {
    let set = crate::design_env::set_in_environment();
    if set.is_empty() {
        return check(
            "environment",
            Status::Ok,
            "no variable of the original design without an effect is set",
        );
    }
    let detail: Vec<String> = set
        .iter()
        .map(|u| format!("{} is set but has no effect: {}", u.name, u.instead))
        .collect();
    check("environment", Status::Warn, detail.join("; "))
}

/// Runs every check; the exit code is that of the gravest failure (brokers, topics, threshold).
pub async fn run(k: &KafkaSettings, o: &Options) -> Result<(Vec<Check>, Exit)> {
    let mut checks = vec![environment()];
    let admin = Admin::new(k)?;
    let all = match admin.topics() {
        Ok(all) => all,
        Err(Error::Broker(e)) => {
            checks.push(check("brokers", Status::Fail, e));
            return Ok((checks, Exit::Broker));
        }
        Err(e) => return Err(e),
    };
    let brokers = k.brokers.clone().unwrap_or_default();
    checks.push(check(
        "brokers",
        Status::Ok,
        format!("{brokers} answered ({} topics)", all.len()),
    ));
    let mut exit = Exit::Ok;

    let topics = check_topics(&admin, o).await?;
    if topics.status == Status::Fail {
        exit = Exit::Partial;
    }
    checks.push(topics);

    let replay_group = super::replay_group(&o.prefix);
    let marks = super::lag::marks(k, &o.prefix)?;
    let lag = check_lag(k, o, &replay_group, &marks)?;
    if exit == Exit::Ok && lag.iter().any(|c| c.status == Status::Fail) {
        exit = Exit::Threshold;
    }
    checks.extend(lag);

    let dlq = check_dlq(k, o, &replay_group, &marks)?;
    if exit == Exit::Ok && dlq.status == Status::Fail {
        exit = Exit::Threshold;
    }
    checks.push(dlq);

    if let Some(c) = &o.registry {
        let (registry, registry_exit) =
            tokio::task::block_in_place(|| check_registry(c, &o.prefix));
        if exit == Exit::Ok {
            exit = registry_exit;
        }
        checks.extend(registry);
    }
    Ok((checks, exit))
}

/// The registry answers, and every subject's latest version is one the code's schema can read
/// (BACKWARD). Unreachable is exit 3 like the brokers; an incompatible subject is drift, 4.
fn check_registry(c: &crate::registry::RegistryClient, prefix: &str) -> (Vec<Check>, Exit) {
    let subjects = match c.subjects() {
        Ok(s) => s,
        Err(e) => {
            return (
                vec![check("schema-registry", Status::Fail, e.to_string())],
                Exit::Broker,
            )
        }
    };
    let mut checks = vec![check(
        "schema-registry",
        Status::Ok,
        format!("{} answered ({} subjects)", c.url(), subjects.len()),
    )];
    match super::schemas::check(Some(c), None, prefix) {
        Err(e) => {
            checks.push(check("schemas", Status::Fail, e.to_string()));
            (checks, Exit::Broker)
        }
        Ok(rows) => {
            let bad: Vec<String> = rows
                .iter()
                .filter(|r| r.step == super::schemas::Step::Incompatible)
                .map(|r| format!("{}: {}", r.subject, r.details()))
                .collect();
            let new = rows
                .iter()
                .filter(|r| r.step == super::schemas::Step::New)
                .count();
            if bad.is_empty() {
                let detail = format!(
                    "{} subjects BACKWARD compatible with the code, {new} not registered (`fleetctl schemas register`)",
                    rows.len() - new
                );
                let status = if new > 0 { Status::Warn } else { Status::Ok };
                checks.push(check("schemas", status, detail));
                (checks, Exit::Ok)
            } else {
                checks.push(check("schemas", Status::Fail, bad.join("; ")));
                (checks, Exit::Partial)
            }
        }
    }
}

/// The catalog topics against the cluster: a failure names the missing ones and the drift.
async fn check_topics(admin: &Admin, o: &Options) -> Result<Check> {
    let actual = admin.describe(&o.specs).await?;
    let rows = plan::plan(&o.specs, &actual);
    let missing: Vec<&str> = rows
        .iter()
        .filter(|r| r.action == Action::Create)
        .map(|r| r.name.as_str())
        .collect();
    let drift: Vec<String> = rows
        .iter()
        .filter(|r| r.action == Action::Drift)
        .map(|r| {
            let d: Vec<String> = r
                .differences
                .iter()
                .map(|d| format!("{} {} (catalog {})", d.setting, d.actual, d.expected))
                .collect();
            format!("{}: {}", r.name, d.join(", "))
        })
        .collect();
    if missing.is_empty() && drift.is_empty() {
        return Ok(check(
            "topics",
            Status::Ok,
            format!("{} catalog topics as configured", rows.len()),
        ));
    }
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing: {}", missing.join(", ")));
    }
    if !drift.is_empty() {
        parts.push(format!("drift: {}", drift.join("; ")));
    }
    Ok(check("topics", Status::Fail, parts.join("; ")))
}

/// The worst partition lag of every fleet group with committed offsets (the DLQ replay group
/// aside), failed past `max_lag`.
fn check_lag(
    k: &KafkaSettings,
    o: &Options,
    replay_group: &str,
    marks: &super::lag::Marks,
) -> Result<Vec<Check>> {
    let groups = super::lag::fleet_groups(k, &o.prefix)?;
    let mut checks = Vec::new();
    for g in groups.iter().filter(|g| **g != replay_group) {
        let rows = super::lag::group_lag(k, g, marks)?;
        let Some(worst) = rows.iter().max_by_key(|r| r.lag) else {
            continue;
        };
        let detail = format!(
            "max lag {} on {}/{} (threshold {})",
            worst.lag, worst.topic, worst.partition, o.max_lag
        );
        if worst.lag > o.max_lag {
            checks.push(check(format!("lag:{g}"), Status::Fail, detail));
        } else {
            checks.push(check(format!("lag:{g}"), Status::Ok, detail));
        }
    }
    if checks.is_empty() {
        checks.push(check(
            "lag",
            Status::Ok,
            "no consumer group of the fleet has committed offsets",
        ));
    }
    Ok(checks)
}

/// The DLQ backlog, failed past `max_dlq` (a warning only without one).
fn check_dlq(
    k: &KafkaSettings,
    o: &Options,
    replay_group: &str,
    marks: &super::lag::Marks,
) -> Result<Check> {
    let Some(backlog) = super::lag::dlq_backlog(k, &o.prefix, replay_group, marks)? else {
        let dlq = catalog::topic(&o.prefix, catalog::names::DLQ);
        return Ok(check("dlq", Status::Warn, format!("{dlq} does not exist")));
    };
    let limit = o.max_dlq.unwrap_or(0);
    let detail = format!("{backlog} entries not yet replayed (threshold {limit})");
    Ok(if backlog <= limit {
        check("dlq", Status::Ok, detail)
    } else if o.max_dlq.is_some() {
        check("dlq", Status::Fail, detail)
    } else {
        check("dlq", Status::Warn, detail)
    })
}
