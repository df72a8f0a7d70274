//! The topic catalog: the one source of truth for every topic of the system.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::TopicOverride;

/// Default fleet size when neither `--robots` nor `DEFAULT_NUM_ROBOTS` says otherwise.
pub const DEFAULT_NUM_ROBOTS: u32 = 1000;
/// Default partitions per 100 robots for per-robot topics.
pub const DEFAULT_PARTITIONS_PER_100_ROBOTS: u32 = 1;
/// Minimum partitions of a per-robot topic.
pub const MIN_ROBOT_PARTITIONS: i32 = 3;

const HOUR_MS: u64 = 3_600_000;
const DAY_MS: u64 = 24 * HOUR_MS;

/// Catalog names (without prefix) of every topic.
pub mod names {
    /// Position and status from robots, for the control center.
    pub const TELEMETRY_CONTROL: &str = "robot-telemetry-control";
    /// Environment readings from robots, for the safety monitor.
    pub const TELEMETRY_SAFETY: &str = "robot-telemetry-safety";
    /// Signed commands for the executor.
    pub const COMMANDS: &str = "robot-commands";
    /// Failed commands waiting for a retry.
    pub const COMMANDS_RETRY: &str = "robot-commands-retry";
    /// Outcome of every executed, rejected or dry-run command.
    pub const COMPLETIONS: &str = "robot-command-completions";
    /// Dead letters: records that could not be processed, with the reason in headers.
    pub const DLQ: &str = "robot-commands-dlq";
    /// Halts and resumes, in one total order.
    pub const EMERGENCY_HALT: &str = "robot-emergency-halt";
    /// Executed command ids with their payload hash.
    pub const IDEMPOTENCY: &str = "robot-idempotency-store";
    /// Latest state of each robot.
    pub const STATE: &str = "robot-state";
    /// Replayed vehicle observations.
    pub const RAW_TELEMETRY: &str = "raw_telemetry";
    /// Detected anomalies.
    pub const ANOMALIES: &str = "anomalies";
    /// Operator alerts and their state.
    pub const OPERATOR_ALERTS: &str = "operator_alerts";
    /// Actions operators took on alerts.
    pub const OPERATOR_ACTIONS: &str = "operator_actions";
}

/// How a topic's partition count is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sizing {
    /// Scales with the fleet.
    PerRobot,
    /// A fixed count.
    Fixed(i32),
}

/// The static part of a catalog entry.
struct Entry {
    name: &'static str,
    group: &'static str,
    key: &'static str,
    sizing: Sizing,
    cleanup: &'static str,
    retention_ms: Option<u64>,
    purpose: &'static str,
}

const ENTRIES: &[Entry] = &[
    Entry {
        name: names::TELEMETRY_CONTROL,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "position and status from robots",
    },
    Entry {
        name: names::TELEMETRY_SAFETY,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "environment readings from robots",
    },
    Entry {
        name: names::COMMANDS,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "signed commands",
    },
    Entry {
        name: names::COMMANDS_RETRY,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "failed commands awaiting retry",
    },
    Entry {
        name: names::COMPLETIONS,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "command outcomes",
    },
    Entry {
        name: names::DLQ,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "delete",
        retention_ms: Some(DAY_MS),
        purpose: "dead letters with reasons",
    },
    Entry {
        name: names::EMERGENCY_HALT,
        group: "fleet",
        key: "robot id or scope",
        sizing: Sizing::Fixed(1),
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "halts and resumes, one total order",
    },
    Entry {
        name: names::IDEMPOTENCY,
        group: "fleet",
        key: "command id",
        sizing: Sizing::PerRobot,
        cleanup: "compact,delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "executed command ids and payload hashes",
    },
    Entry {
        name: names::STATE,
        group: "fleet",
        key: "robot id",
        sizing: Sizing::PerRobot,
        cleanup: "compact",
        retention_ms: None,
        purpose: "latest state of each robot",
    },
    Entry {
        name: names::RAW_TELEMETRY,
        group: "anomaly",
        key: "vehicle_id",
        sizing: Sizing::Fixed(6),
        cleanup: "delete",
        retention_ms: Some(DAY_MS),
        purpose: "replayed vehicle observations",
    },
    Entry {
        name: names::ANOMALIES,
        group: "anomaly",
        key: "vehicle_id",
        sizing: Sizing::Fixed(6),
        cleanup: "delete",
        retention_ms: Some(7 * DAY_MS),
        purpose: "detected anomalies",
    },
    Entry {
        name: names::OPERATOR_ALERTS,
        group: "anomaly",
        key: "alert_id",
        sizing: Sizing::Fixed(3),
        cleanup: "delete",
        retention_ms: Some(30 * DAY_MS),
        purpose: "alerts and their state changes",
    },
    Entry {
        name: names::OPERATOR_ACTIONS,
        group: "anomaly",
        key: "alert_id",
        sizing: Sizing::Fixed(3),
        cleanup: "delete",
        retention_ms: Some(30 * DAY_MS),
        purpose: "operator actions, in order per alert",
    },
];

/// Inputs that shape the catalog.
#[derive(Debug, Clone)]
pub struct CatalogParams {
    /// Prefix before every name.
    pub prefix: String,
    /// Replication factor.
    pub replication_factor: i32,
    /// Fleet size.
    pub robots: u32,
    /// Partitions per 100 robots for per-robot topics.
    pub partitions_per_100_robots: u32,
    /// Per-topic overrides keyed by catalog name.
    pub overrides: BTreeMap<String, TopicOverride>,
}

impl Default for CatalogParams {
    fn default() -> Self {
        CatalogParams {
            prefix: String::new(),
            replication_factor: 1,
            robots: DEFAULT_NUM_ROBOTS,
            partitions_per_100_robots: DEFAULT_PARTITIONS_PER_100_ROBOTS,
            overrides: BTreeMap::new(),
        }
    }
}

/// One topic as the catalog wants it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopicSpec {
    /// Catalog name, without prefix.
    pub base: String,
    /// Full name on the cluster.
    pub name: String,
    /// `fleet` or `anomaly`.
    pub group: String,
    /// What the record key holds.
    pub key: String,
    /// Partition count.
    pub partitions: i32,
    /// Replication factor.
    pub replication: i32,
    /// Topic configs set on creation and checked for drift.
    pub configs: BTreeMap<String, String>,
    /// What the topic carries.
    pub purpose: String,
}

/// Partitions of a per-robot topic for a fleet: ceil(robots/100 × per_100), at least 3.
pub fn robot_partitions(robots: u32, per_100: u32) -> i32 {
    let wanted = (u64::from(robots) * u64::from(per_100)).div_ceil(100);
    (wanted.min(i32::MAX as u64) as i32).max(MIN_ROBOT_PARTITIONS)
}

/// The full catalog for these parameters.
pub fn catalog(p: &CatalogParams) -> Vec<TopicSpec> {
    ENTRIES
        .iter()
        .map(|e| {
            let mut configs = BTreeMap::new();
            configs.insert("cleanup.policy".to_string(), e.cleanup.to_string());
            if let Some(ms) = e.retention_ms {
                configs.insert("retention.ms".to_string(), ms.to_string());
            }
            if p.replication_factor >= 3 {
                configs.insert("min.insync.replicas".to_string(), "2".to_string());
            }
            let mut partitions = match e.sizing {
                Sizing::PerRobot => robot_partitions(p.robots, p.partitions_per_100_robots),
                Sizing::Fixed(n) => n,
            };
            if let Some(o) = p.overrides.get(e.name) {
                if let Some(n) = o.partitions {
                    partitions = n;
                }
                configs.extend(o.configs.clone());
            }
            TopicSpec {
                base: e.name.to_string(),
                name: format!("{}{}", p.prefix, e.name),
                group: e.group.to_string(),
                key: e.key.to_string(),
                partitions,
                replication: p.replication_factor,
                configs,
                purpose: e.purpose.to_string(),
            }
        })
        .collect()
}

/// Full topic name of a catalog entry under a prefix.
pub fn topic(prefix: &str, base: &str) -> String {
    format!("{prefix}{base}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_topics_with_prefix() {
        let p = CatalogParams {
            prefix: "prod.".into(),
            ..Default::default()
        };
        let c = catalog(&p);
        assert_eq!(c.len(), 13);
        assert!(c.iter().all(|t| t.name.starts_with("prod.")));
    }

    #[test]
    fn per_robot_partitions_scale_with_fleet() {
        assert_eq!(robot_partitions(1000, 1), 10);
        assert_eq!(robot_partitions(50, 1), 3);
        assert_eq!(robot_partitions(1001, 1), 11);
        assert_eq!(robot_partitions(10_000, 2), 200);
        let c = catalog(&CatalogParams::default());
        let halt = c.iter().find(|t| t.base == names::EMERGENCY_HALT).unwrap();
        assert_eq!(halt.partitions, 1);
    }

    #[test]
    fn replication_three_sets_min_insync() {
        let c = catalog(&CatalogParams {
            replication_factor: 3,
            ..Default::default()
        });
        assert!(c
            .iter()
            .all(|t| t.configs.get("min.insync.replicas").map(String::as_str) == Some("2")));
        let c = catalog(&CatalogParams::default());
        assert!(c
            .iter()
            .all(|t| !t.configs.contains_key("min.insync.replicas")));
    }

    #[test]
    fn overrides_apply() {
        let mut overrides = BTreeMap::new();
        overrides.insert(
            names::COMMANDS.to_string(),
            TopicOverride {
                partitions: Some(12),
                configs: [("retention.ms".into(), "1000".into())].into(),
            },
        );
        let c = catalog(&CatalogParams {
            overrides,
            ..Default::default()
        });
        let t = c.iter().find(|t| t.base == names::COMMANDS).unwrap();
        assert_eq!(t.partitions, 12);
        assert_eq!(t.configs["retention.ms"], "1000");
    }
}
