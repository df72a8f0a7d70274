//! Health checks for CI and probes: brokers, catalog topics, consumer lag, DLQ backlog.

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
        checks.push(check(
            "topics",
            Status::Ok,
            format!("{} catalog topics as configured", rows.len()),
        ));
    } else {
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("missing: {}", missing.join(", ")));
        }
        if !drift.is_empty() {
            parts.push(format!("drift: {}", drift.join("; ")));
        }
        checks.push(check("topics", Status::Fail, parts.join("; ")));
        exit = Exit::Partial;
    }

    let replay_group = super::replay_group(&o.prefix);
    let marks = super::lag::marks(k, &o.prefix)?;
    let groups = super::lag::fleet_groups(k, &o.prefix)?;
    let mut lag_checked = 0;
    for g in groups.iter().filter(|g| **g != replay_group) {
        let rows = super::lag::group_lag(k, g, &marks)?;
        let Some(worst) = rows.iter().max_by_key(|r| r.lag) else {
            continue;
        };
        lag_checked += 1;
        let detail = format!(
            "max lag {} on {}/{} (threshold {})",
            worst.lag, worst.topic, worst.partition, o.max_lag
        );
        if worst.lag > o.max_lag {
            checks.push(check(format!("lag:{g}"), Status::Fail, detail));
            if exit == Exit::Ok {
                exit = Exit::Threshold;
            }
        } else {
            checks.push(check(format!("lag:{g}"), Status::Ok, detail));
        }
    }
    if lag_checked == 0 {
        checks.push(check(
            "lag",
            Status::Ok,
            "no consumer group of the fleet has committed offsets",
        ));
    }

    let dlq = catalog::topic(&o.prefix, catalog::names::DLQ);
    let dlq_marks: super::lag::Marks = marks
        .iter()
        .filter(|((t, _), _)| *t == dlq)
        .map(|(key, m)| (key.clone(), *m))
        .collect();
    if dlq_marks.is_empty() {
        checks.push(check("dlq", Status::Warn, format!("{dlq} does not exist")));
        return Ok((checks, exit));
    }
    // The backlog is what `dlq replay` has not handled yet; before any replay, every entry.
    let replayed = super::lag::group_lag(k, &replay_group, &dlq_marks)?;
    let backlog: i64 = if replayed.is_empty() {
        dlq_marks.values().map(|(lo, hi)| hi - lo).sum()
    } else {
        replayed.iter().map(|r| r.lag).sum()
    };
    let limit = o.max_dlq.unwrap_or(0);
    let detail = format!("{backlog} entries not yet replayed (threshold {limit})");
    if backlog <= limit {
        checks.push(check("dlq", Status::Ok, detail));
    } else if o.max_dlq.is_some() {
        checks.push(check("dlq", Status::Fail, detail));
        if exit == Exit::Ok {
            exit = Exit::Threshold;
        }
    } else {
        checks.push(check("dlq", Status::Warn, detail));
    }
    Ok((checks, exit))
}
