//! Command-line definitions of `fleetctl acls`.

use clap::{Args, Subcommand};

/// `fleetctl acls` subcommands.
#[derive(Debug, Subcommand)]
pub enum AclsCommand {
    /// Print the ACLs each assigned role's principal needs, and nothing more (no broker needed)
    Plan(AclsPlanArgs),
    /// Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune
    Apply(AclsApplyArgs),
}

/// Which principal runs which role.
#[derive(Debug, Args, Clone, Default)]
pub struct PrincipalArgs {
    /// A role and the principal that runs it, e.g. executor=User:exec (repeatable; over the
    /// context's acl-principals). Roles: robots, control-center, safety-monitor, executor, retry,
    /// detector, replay, operator, halt, ops, admin
    #[arg(long = "principal", value_name = "ROLE=PRINCIPAL")]
    pub principals: Vec<String>,
}

/// Options of `acls plan`.
#[derive(Debug, Args)]
pub struct AclsPlanArgs {
    /// Principals of the roles
    #[command(flatten)]
    pub principals: PrincipalArgs,
}

/// Options of `acls apply`.
#[derive(Debug, Args)]
pub struct AclsApplyArgs {
    /// Principals of the roles
    #[command(flatten)]
    pub principals: PrincipalArgs,
    /// Compare with the cluster and change nothing; exit 4 if any ACL is missing or extra
    #[arg(long, conflicts_with = "prune")]
    pub dry_run: bool,
    /// Also delete the ACLs of the planned principals that no role needs
    #[arg(long)]
    pub prune: bool,
}
