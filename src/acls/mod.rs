//! Least-privilege ACLs per role: the bindings each role's principal needs (from the table in
//! `table`), and how they compare with the bindings a cluster has.

pub mod diff;
pub mod table;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The kind of resource an ACL is about (the Kafka resource types fleetctl uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceType {
    /// A topic.
    Topic,
    /// A consumer group.
    Group,
    /// A transactional id.
    TransactionalId,
    /// The cluster itself (its one resource is named `kafka-cluster`).
    Cluster,
}

/// How an ACL's resource name matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PatternType {
    /// The name exactly.
    Literal,
    /// Every name that starts with it.
    Prefixed,
}

/// An operation an ACL allows (or denies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    /// Consume from a topic; join, commit in, or fetch the offsets of a group.
    Read,
    /// Produce to a topic; use a transactional id.
    Write,
    /// Create a topic.
    Create,
    /// Delete a resource.
    Delete,
    /// Alter a resource (on the cluster: create and delete ACLs).
    Alter,
    /// Metadata of a resource (implied by Read, Write, Delete and Alter).
    Describe,
    /// Read configs (implied by AlterConfigs).
    DescribeConfigs,
    /// Change configs.
    AlterConfigs,
    /// Produce idempotently (implied by Write on any topic since Kafka 2.8, KIP-679).
    IdempotentWrite,
    /// Broker-to-broker requests.
    ClusterAction,
    /// Every operation.
    All,
    /// An operation librdkafka has no name for.
    Unknown,
}

/// Whether a binding allows or denies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Permission {
    /// Allows the operation.
    Allow,
    /// Denies it (fleetctl never plans one, but reports those it finds).
    Deny,
}

impl ResourceType {
    /// The word shown in tables and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceType::Topic => "topic",
            ResourceType::Group => "group",
            ResourceType::TransactionalId => "transactional-id",
            ResourceType::Cluster => "cluster",
        }
    }
}

impl PatternType {
    /// The word shown in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            PatternType::Literal => "literal",
            PatternType::Prefixed => "prefixed",
        }
    }
}

impl Operation {
    /// Kafka's spelling, as in its tools and error messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Read => "Read",
            Operation::Write => "Write",
            Operation::Create => "Create",
            Operation::Delete => "Delete",
            Operation::Alter => "Alter",
            Operation::Describe => "Describe",
            Operation::DescribeConfigs => "DescribeConfigs",
            Operation::AlterConfigs => "AlterConfigs",
            Operation::IdempotentWrite => "IdempotentWrite",
            Operation::ClusterAction => "ClusterAction",
            Operation::All => "All",
            Operation::Unknown => "Unknown",
        }
    }
}

impl Permission {
    /// The word shown in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::Allow => "allow",
            Permission::Deny => "deny",
        }
    }
}

/// The name of the cluster resource, the only one Kafka has.
pub const CLUSTER_NAME: &str = "kafka-cluster";

/// One ACL binding: a principal may (or may not) do an operation on a resource pattern.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Binding {
    /// Who, as `User:NAME` (Kafka's principal form).
    pub principal: String,
    /// Kind of resource.
    pub resource_type: ResourceType,
    /// Resource name (or name prefix).
    pub resource_name: String,
    /// How the name matches.
    pub pattern: PatternType,
    /// What may be done.
    pub operation: Operation,
    /// Allow or deny.
    pub permission: Permission,
    /// Client host the binding applies to (`*` for any; fleetctl plans only `*`).
    pub host: String,
}

/// A binding the plan wants, with the role it is for and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    /// Role name, as in `--principal ROLE=…`.
    pub role: &'static str,
    /// The binding.
    pub binding: Binding,
    /// What of the role needs it.
    pub why: &'static str,
}

/// Which principal runs which role: from `--principal ROLE=PRINCIPAL` flags over the context's
/// `acl-principals`.
pub fn principals(
    context: &BTreeMap<String, String>,
    flags: &[String],
) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let typed = flags.iter().map(|f| {
        f.split_once('=')
            .map(|(r, p)| (r.trim().to_string(), p.trim().to_string()))
            .ok_or_else(|| Error::usage(format!("--principal expects ROLE=PRINCIPAL, got `{f}`")))
    });
    let from_context = context.iter().map(|(r, p)| Ok((r.clone(), p.clone())));
    for pair in from_context.chain(typed) {
        let (role, principal) = pair?;
        if !table::ROLES.iter().any(|r| r.name == role) {
            return Err(Error::usage(format!(
                "unknown role `{role}` in a principal assignment; roles: {}",
                table::role_names().join(", ")
            )));
        }
        match principal.split_once(':') {
            Some((kind, name)) if !kind.is_empty() && !name.is_empty() => {}
            _ => {
                return Err(Error::usage(format!(
                    "the principal of {role} must be TYPE:NAME (for example User:{role}), got `{principal}`"
                )))
            }
        }
        out.insert(role, principal);
    }
    Ok(out)
}

/// Every binding the assigned roles need under a topic prefix, in table order; roles without a
/// principal are left out (the caller says so).
pub fn plan(prefix: &str, principals: &BTreeMap<String, String>) -> Vec<Wanted> {
    let mut out: Vec<Wanted> = Vec::new();
    for role in table::ROLES {
        let Some(principal) = principals.get(role.name) else {
            continue;
        };
        for need in role.needs {
            let (resource_type, resource_name, pattern) = need.resource.resolve(prefix);
            let binding = Binding {
                principal: principal.clone(),
                resource_type,
                resource_name,
                pattern,
                operation: need.operation,
                permission: Permission::Allow,
                host: "*".into(),
            };
            // Two roles run by one principal may need the same binding: plan it once.
            if !out.iter().any(|w| w.binding == binding) {
                out.push(Wanted {
                    role: role.name,
                    binding,
                    why: need.why,
                });
            }
        }
    }
    out
}

/// The plan as a Markdown table for the README: one row per role and resource, with the
/// operations on it and why (names without the topic prefix, which every topic and group takes).
pub fn markdown() -> String {
    let mut out = String::from("| role | commands | resource | pattern | operations | why |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for role in table::ROLES {
        let mut rows: Vec<(String, &str, Vec<&str>, Vec<&str>)> = Vec::new();
        for n in role.needs {
            let (kind, name, pattern) = n.resource.resolve("");
            let label = format!("{} `{name}`", kind.as_str());
            match rows.iter_mut().find(|r| r.0 == label) {
                Some(r) => {
                    r.2.push(n.operation.as_str());
                    if !r.3.contains(&n.why) {
                        r.3.push(n.why);
                    }
                }
                None => rows.push((
                    label,
                    pattern.as_str(),
                    vec![n.operation.as_str()],
                    vec![n.why],
                )),
            }
        }
        for (i, (label, pattern, ops, why)) in rows.iter().enumerate() {
            let (name, commands) = if i == 0 {
                (format!("`{}`", role.name), role.commands)
            } else {
                (String::new(), "")
            };
            out.push_str(&format!(
                "| {name} | {commands} | {label} | {pattern} | {} | {} |\n",
                ops.join(", "),
                why.join("; ")
            ));
        }
    }
    out
}
