//! The plan against the cluster: each wanted binding is present or to create; a binding of a
//! planned principal that no role needs is extra (drift), deleted only when asked.

use serde::Serialize;

use super::{Binding, Wanted};

/// What to do, or what was done, with one binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Wanted and missing: will be created.
    Create,
    /// Was missing and has been created.
    Created,
    /// Wanted and in place.
    Present,
    /// In place for a planned principal, needed by no role: drift.
    Extra,
    /// Was extra and has been deleted (`--prune`).
    Deleted,
    /// Creating or deleting it failed.
    Failed,
}

impl Action {
    /// The word shown in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Created => "created",
            Action::Present => "present",
            Action::Extra => "extra",
            Action::Deleted => "deleted",
            Action::Failed => "failed",
        }
    }
}

/// One binding of the plan or of the cluster, with its state.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "acl")]
pub struct Row {
    /// The role that needs it (none for an extra binding).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// The binding.
    #[serde(flatten)]
    pub binding: Binding,
    /// Planned or taken action (none for `acls plan`, which does not look at the cluster).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// Why the role needs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'static str>,
    /// The broker's error (failed only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Row {
    /// A row of the plan alone.
    pub fn planned(w: &Wanted) -> Row {
        Row {
            role: Some(w.role),
            binding: w.binding.clone(),
            action: None,
            why: Some(w.why),
            error: None,
        }
    }
}

/// The plan against the bindings the cluster has: every wanted one (create or present), then
/// every binding of a planned principal that is not wanted (extra). Bindings of other principals
/// are none of fleetctl's business.
pub fn diff(wanted: &[Wanted], actual: &[Binding]) -> Vec<Row> {
    let mut rows: Vec<Row> = wanted
        .iter()
        .map(|w| Row {
            action: Some(if actual.contains(&w.binding) {
                Action::Present
            } else {
                Action::Create
            }),
            ..Row::planned(w)
        })
        .collect();
    let mut extra: Vec<&Binding> = actual
        .iter()
        .filter(|b| wanted.iter().any(|w| w.binding.principal == b.principal))
        .filter(|b| !wanted.iter().any(|w| w.binding == **b))
        .collect();
    extra.sort();
    extra.dedup();
    rows.extend(extra.into_iter().map(|b| Row {
        role: None,
        binding: b.clone(),
        action: Some(Action::Extra),
        why: None,
        error: None,
    }));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acls::{plan, Operation, PatternType, Permission, ResourceType};

    #[test]
    fn missing_present_and_extra() {
        let principals = [("halt".to_string(), "User:halt".to_string())].into();
        let wanted = plan("p.", &principals);
        assert_eq!(wanted.len(), 4);
        let stranger = Binding {
            principal: "User:someone-else".into(),
            ..wanted[0].binding.clone()
        };
        let extra = Binding {
            resource_name: "p.robot-commands".into(),
            operation: Operation::Write,
            ..wanted[0].binding.clone()
        };
        let actual = vec![wanted[1].binding.clone(), stranger, extra.clone()];
        let rows = diff(&wanted, &actual);
        let actions: Vec<_> = rows.iter().map(|r| r.action.unwrap()).collect();
        assert_eq!(
            actions,
            [
                Action::Create,
                Action::Present,
                Action::Create,
                Action::Create,
                Action::Extra
            ]
        );
        assert_eq!(rows[4].binding, extra);
        assert_eq!(rows[0].binding.resource_type, ResourceType::Topic);
        assert_eq!(rows[0].binding.pattern, PatternType::Literal);
        assert_eq!(rows[0].binding.permission, Permission::Allow);
    }
}
