//! Compares the catalog with what the cluster has: create, unchanged or drift, per topic.

use serde::Serialize;

use crate::catalog::TopicSpec;
use crate::kafka::admin::{config_equal, ActualTopic};

/// What to do, or what was done, with one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Missing: will be created.
    Create,
    /// Was missing and has been created.
    Created,
    /// Exists with the catalog's settings.
    Unchanged,
    /// Exists with different settings; never altered silently.
    Drift,
    /// Creation failed.
    Failed,
}

impl Action {
    /// The word shown in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Created => "created",
            Action::Unchanged => "unchanged",
            Action::Drift => "drift",
            Action::Failed => "failed",
        }
    }
}

/// One setting that differs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Difference {
    /// `partitions`, `replication` or a config key.
    pub setting: String,
    /// The catalog's value.
    pub expected: String,
    /// The cluster's value (`(default)` when the broker reports none).
    pub actual: String,
}

/// The plan for one topic.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "topic_plan")]
pub struct PlanRow {
    /// Full topic name.
    pub name: String,
    /// Action planned or taken.
    pub action: Action,
    /// Catalog partition count.
    pub partitions: i32,
    /// Catalog replication factor.
    pub replication: i32,
    /// Settings that differ (drift only).
    pub differences: Vec<Difference>,
    /// The broker's error (failed only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Settings of `actual` that differ from `spec`.
pub fn differences(spec: &TopicSpec, actual: &ActualTopic) -> Vec<Difference> {
    let mut out = Vec::new();
    if spec.partitions != actual.partitions {
        out.push(Difference {
            setting: "partitions".into(),
            expected: spec.partitions.to_string(),
            actual: actual.partitions.to_string(),
        });
    }
    if spec.replication != actual.replication {
        out.push(Difference {
            setting: "replication".into(),
            expected: spec.replication.to_string(),
            actual: actual.replication.to_string(),
        });
    }
    for (k, v) in &spec.configs {
        match actual.configs.get(k) {
            Some(a) if config_equal(k, v, a) => {}
            other => out.push(Difference {
                setting: k.clone(),
                expected: v.clone(),
                actual: other.cloned().unwrap_or_else(|| "(default)".into()),
            }),
        }
    }
    out
}

/// The plan for every catalog topic given what the cluster has.
pub fn plan(
    specs: &[TopicSpec],
    actual: &std::collections::BTreeMap<String, ActualTopic>,
) -> Vec<PlanRow> {
    specs
        .iter()
        .map(|s| {
            let (action, differences) = match actual.get(&s.name) {
                None => (Action::Create, Vec::new()),
                Some(a) => {
                    let d = differences(s, a);
                    (
                        if d.is_empty() {
                            Action::Unchanged
                        } else {
                            Action::Drift
                        },
                        d,
                    )
                }
            };
            PlanRow {
                name: s.name.clone(),
                action,
                partitions: s.partitions,
                replication: s.replication,
                differences,
                error: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{catalog, CatalogParams};

    #[test]
    fn plan_detects_missing_unchanged_and_drift() {
        let specs = catalog(&CatalogParams::default());
        let mut actual = std::collections::BTreeMap::new();
        let s0 = &specs[0];
        actual.insert(
            s0.name.clone(),
            ActualTopic {
                partitions: s0.partitions,
                replication: 1,
                configs: s0.configs.clone(),
            },
        );
        let s1 = &specs[1];
        actual.insert(
            s1.name.clone(),
            ActualTopic {
                partitions: 1,
                replication: 1,
                configs: s1.configs.clone(),
            },
        );
        let p = plan(&specs, &actual);
        assert_eq!(p[0].action, Action::Unchanged);
        assert_eq!(p[1].action, Action::Drift);
        assert_eq!(p[1].differences[0].setting, "partitions");
        assert!(p[2..].iter().all(|r| r.action == Action::Create));
    }

    #[test]
    fn cleanup_policy_order_does_not_drift() {
        assert!(config_equal(
            "cleanup.policy",
            "compact,delete",
            "delete, compact"
        ));
        assert!(!config_equal("retention.ms", "1", "2"));
    }
}
