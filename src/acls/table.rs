//! The one declarative table of what each role does on the cluster. `acls plan`, `acls apply`,
//! the README's ACL plan and the ACL tests are all made from it. Each row was read off the code
//! of the role (what it consumes, produces, commits and which transactional id it uses).

use super::{Operation, PatternType, ResourceType, CLUSTER_NAME};
use crate::catalog::names::*;

/// A resource as the table names it, before the topic prefix is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// A catalog topic: `<prefix><name>`, literal.
    Topic(&'static str),
    /// A consumer group of the fleet: `<prefix><name>`, literal (as `Settings::group` names it).
    Group(&'static str),
    /// The group of every reader by assignment (not prefixed: all fleets share it).
    ReaderGroup,
    /// Transactional ids starting with `<name><prefix>` (the executor and retry add their own
    /// suffix), prefixed.
    TransactionalIds(&'static str),
    /// The cluster.
    Cluster,
}

impl Resource {
    /// The resource type, full name and pattern under a topic prefix.
    pub fn resolve(self, prefix: &str) -> (ResourceType, String, PatternType) {
        match self {
            Resource::Topic(t) => (
                ResourceType::Topic,
                format!("{prefix}{t}"),
                PatternType::Literal,
            ),
            Resource::Group(g) => (
                ResourceType::Group,
                format!("{prefix}{g}"),
                PatternType::Literal,
            ),
            Resource::ReaderGroup => (
                ResourceType::Group,
                crate::kafka::client::READER_GROUP.into(),
                PatternType::Literal,
            ),
            Resource::TransactionalIds(t) => (
                ResourceType::TransactionalId,
                format!("{t}{prefix}"),
                PatternType::Prefixed,
            ),
            Resource::Cluster => (
                ResourceType::Cluster,
                CLUSTER_NAME.into(),
                PatternType::Literal,
            ),
        }
    }
}

/// One thing a role needs.
#[derive(Debug, Clone, Copy)]
pub struct Need {
    /// On what.
    pub resource: Resource,
    /// Which operation.
    pub operation: Operation,
    /// What of the role uses it (shown in the plan and the README).
    pub why: &'static str,
}

/// A role: its name in `--principal ROLE=…`, the commands it covers, and its needs.
#[derive(Debug, Clone, Copy)]
pub struct Role {
    /// Name.
    pub name: &'static str,
    /// The fleetctl commands run as this role.
    pub commands: &'static str,
    /// Its needs, nothing more.
    pub needs: &'static [Need],
}

use Operation::{Alter, Create, Describe, DescribeConfigs, Read, Write};
use Resource::{Cluster, Group, ReaderGroup, Topic, TransactionalIds};

/// What the reader group is for, in every role that reads by assignment.
const BY_ASSIGNMENT: &str = "reading by assignment (librdkafka finds the group's coordinator)";

const fn need(resource: Resource, operation: Operation, why: &'static str) -> Need {
    Need {
        resource,
        operation,
        why,
    }
}

/// Group names as the roles spell them (see each role's `GROUP`).
mod groups {
    pub const CONTROL: &str = "control-center";
    pub const SAFETY: &str = "safety-monitor";
    pub const EXECUTOR: &str = "robot-command-executor";
    pub const RETRY: &str = "robot-command-retry";
    pub const DETECTOR: &str = "anomaly-service-group";
    pub const OPERATOR: &str = "operator-service-group";
    pub const DLQ_REPLAY: &str = "fleetctl-dlq-replay";
    /// Every group `lag` and `doctor` look at.
    pub const ALL: [&str; 7] = [
        CONTROL, SAFETY, EXECUTOR, RETRY, DETECTOR, OPERATOR, DLQ_REPLAY,
    ];
}

/// Every catalog topic, for the roles that look at all of them.
const ALL_TOPICS: [&str; 13] = [
    TELEMETRY_CONTROL,
    TELEMETRY_SAFETY,
    COMMANDS,
    COMMANDS_RETRY,
    COMPLETIONS,
    DLQ,
    EMERGENCY_HALT,
    IDEMPOTENCY,
    STATE,
    RAW_TELEMETRY,
    ANOMALIES,
    OPERATOR_ALERTS,
    OPERATOR_ACTIONS,
];

/// The `ops` role's needs on every topic and group, made at compile time from the lists above.
const OPS: [Need; 38] = {
    // The last element is the reader group; the loops below fill the rest.
    let mut out = [need(ReaderGroup, Describe, BY_ASSIGNMENT); 38];
    let mut i = 0;
    while i < 13 {
        out[i] = need(
            Topic(ALL_TOPICS[i]),
            Describe,
            "doctor, lag: metadata and log ends",
        );
        out[13 + i] = need(
            Topic(ALL_TOPICS[i]),
            DescribeConfigs,
            "doctor: topics against the catalog",
        );
        i += 1;
    }
    let mut g = 0;
    while g < 7 {
        out[26 + g] = need(
            Group(groups::ALL[g]),
            Describe,
            "lag, doctor: committed offsets",
        );
        g += 1;
    }
    out[33] = need(
        Topic(TELEMETRY_CONTROL),
        Read,
        "fleet status: recent robots",
    );
    out[34] = need(Topic(STATE), Read, "fleet status: robot states");
    out[35] = need(Topic(COMPLETIONS), Read, "canary status: outcomes");
    out[36] = need(Topic(DLQ), Read, "dlq inspect, doctor: the backlog");
    out
};

/// The `admin` role: `topics create` and `acls apply` (the tests run these as a super user).
const ADMIN: [Need; 41] = {
    let mut out = [need(Cluster, Describe, "acls apply: the ACLs in place"); 41];
    let mut i = 0;
    while i < 13 {
        out[i] = need(Topic(ALL_TOPICS[i]), Create, "topics create");
        out[13 + i] = need(
            Topic(ALL_TOPICS[i]),
            Describe,
            "topics create: partitions, leaders",
        );
        out[26 + i] = need(
            Topic(ALL_TOPICS[i]),
            DescribeConfigs,
            "topics create: drift",
        );
        i += 1;
    }
    out[39] = need(Cluster, Describe, "acls apply: the ACLs in place");
    out[40] = need(Cluster, Alter, "acls apply: create and delete ACLs");
    out
};

/// Every role, in the order plans list them.
pub const ROLES: &[Role] = &[
    Role {
        name: "robots",
        commands: "simulate",
        needs: &[
            need(
                Topic(TELEMETRY_CONTROL),
                Write,
                "position and status reports",
            ),
            need(Topic(TELEMETRY_SAFETY), Write, "environment readings"),
            need(
                Topic(COMPLETIONS),
                Write,
                "halt and resume acknowledgements",
            ),
            need(Topic(DLQ), Write, "halts that fail verification"),
            need(
                Topic(EMERGENCY_HALT),
                Read,
                "halts and resumes (by assignment)",
            ),
            need(
                Topic(COMPLETIONS),
                Read,
                "executed commands (by assignment)",
            ),
            need(ReaderGroup, Describe, BY_ASSIGNMENT),
        ],
    },
    Role {
        name: "control-center",
        commands: "run control-center",
        needs: &[
            need(Topic(TELEMETRY_CONTROL), Read, "its input"),
            need(Group(groups::CONTROL), Read, "its consumer group"),
            need(Topic(COMMANDS), Write, "signed commands"),
            need(Topic(DLQ), Write, "malformed telemetry"),
            need(
                Topic(COMPLETIONS),
                Read,
                "--abort-threshold: canary outcomes",
            ),
            need(ReaderGroup, Describe, BY_ASSIGNMENT),
        ],
    },
    Role {
        name: "safety-monitor",
        commands: "run safety-monitor",
        needs: &[
            need(Topic(TELEMETRY_SAFETY), Read, "its input"),
            need(Group(groups::SAFETY), Read, "its consumer group"),
            need(Topic(COMMANDS), Write, "emergency stops of one robot"),
            need(Topic(EMERGENCY_HALT), Write, "fleet halts"),
            need(Topic(ANOMALIES), Write, "anomalies it detects"),
            need(Topic(DLQ), Write, "malformed telemetry"),
        ],
    },
    Role {
        name: "executor",
        commands: "run executor",
        needs: &[
            need(Topic(COMMANDS), Read, "its input"),
            need(
                Group(groups::EXECUTOR),
                Read,
                "its group; offsets in transactions",
            ),
            need(
                Topic(EMERGENCY_HALT),
                Read,
                "halts in force (by assignment)",
            ),
            need(Topic(STATE), Read, "restores robot states at start"),
            need(Topic(IDEMPOTENCY), Read, "restores executed ids at start"),
            need(ReaderGroup, Describe, BY_ASSIGNMENT),
            need(Topic(STATE), Write, "robot states"),
            need(Topic(COMPLETIONS), Write, "command outcomes"),
            need(Topic(IDEMPOTENCY), Write, "executed command ids"),
            need(Topic(COMMANDS_RETRY), Write, "failed commands to retry"),
            need(Topic(DLQ), Write, "rejected or exhausted commands"),
            need(
                TransactionalIds("fleetctl-executor-"),
                Write,
                "--eos transactions",
            ),
            need(
                TransactionalIds("fleetctl-executor-"),
                Describe,
                "--eos transactions",
            ),
        ],
    },
    Role {
        name: "retry",
        commands: "run retry",
        needs: &[
            need(Topic(COMMANDS_RETRY), Read, "its input"),
            need(
                Group(groups::RETRY),
                Read,
                "its group; offsets in transactions",
            ),
            need(Topic(COMMANDS), Write, "re-issued commands"),
            need(Topic(DLQ), Write, "commands out of attempts"),
            need(
                TransactionalIds("fleetctl-retry-"),
                Write,
                "--eos transactions",
            ),
            need(
                TransactionalIds("fleetctl-retry-"),
                Describe,
                "--eos transactions",
            ),
        ],
    },
    Role {
        name: "detector",
        commands: "run anomaly-detector",
        needs: &[
            need(Topic(RAW_TELEMETRY), Read, "its input"),
            need(Group(groups::DETECTOR), Read, "its consumer group"),
            need(Topic(ANOMALIES), Write, "anomalies"),
            need(Topic(DLQ), Write, "malformed observations"),
        ],
    },
    Role {
        name: "replay",
        commands: "replay dataset",
        needs: &[need(Topic(RAW_TELEMETRY), Write, "recorded observations")],
    },
    Role {
        name: "operator",
        commands: "consume anomalies, alerts, ack alert",
        needs: &[
            need(Topic(ANOMALIES), Read, "consume anomalies: its input"),
            need(
                Group(groups::OPERATOR),
                Read,
                "consume anomalies: its offsets",
            ),
            need(Topic(OPERATOR_ALERTS), Read, "alerts list: alert states"),
            need(
                Topic(OPERATOR_ALERTS),
                Write,
                "opened alerts, state changes",
            ),
            need(Topic(OPERATOR_ACTIONS), Read, "alerts history"),
            need(ReaderGroup, Describe, BY_ASSIGNMENT),
            need(Topic(OPERATOR_ACTIONS), Write, "operator actions"),
        ],
    },
    Role {
        name: "halt",
        commands: "halt, resume",
        needs: &[
            need(
                Topic(TELEMETRY_CONTROL),
                Read,
                "robots in scope (recent reports)",
            ),
            need(Topic(EMERGENCY_HALT), Write, "the halt or resume"),
            need(Topic(COMPLETIONS), Read, "acknowledgements (by assignment)"),
            need(ReaderGroup, Describe, BY_ASSIGNMENT),
        ],
    },
    Role {
        name: "ops",
        commands: "fleet status, canary status, dlq inspect, lag, doctor",
        needs: &OPS,
    },
    Role {
        name: "admin",
        commands: "topics create, acls apply",
        needs: &ADMIN,
    },
];

/// The role names, in table order.
pub fn role_names() -> Vec<&'static str> {
    ROLES.iter().map(|r| r.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_role_needs_the_same_thing_twice() {
        for r in ROLES {
            for (i, a) in r.needs.iter().enumerate() {
                for b in &r.needs[i + 1..] {
                    assert!(
                        !(a.resource == b.resource && a.operation == b.operation),
                        "{}: {:?} {:?} twice",
                        r.name,
                        a.resource,
                        a.operation
                    );
                }
            }
        }
    }

    #[test]
    fn the_control_center_may_not_halt_and_robots_may_not_command() {
        let may = |role: &str, res: Resource, op: Operation| {
            ROLES
                .iter()
                .find(|r| r.name == role)
                .unwrap()
                .needs
                .iter()
                .any(|n| n.resource == res && n.operation == op)
        };
        assert!(!may("control-center", Topic(EMERGENCY_HALT), Write));
        assert!(!may("robots", Topic(COMMANDS), Write));
        assert!(may("safety-monitor", Topic(EMERGENCY_HALT), Write));
        assert!(may("halt", Topic(EMERGENCY_HALT), Write));
    }
}
