//! Command-line definitions of `fleetctl schemas`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `fleetctl schemas` subcommands.
#[derive(Debug, Subcommand)]
pub enum SchemasCommand {
    /// List the schemas of every record fleetctl writes, with their subjects
    List,
    /// Print one topic's schema as the code defines it
    Show(SchemasShowArgs),
    /// Register every schema under its subject with BACKWARD compatibility (idempotent)
    Register(SchemasRegisterArgs),
    /// Check the code's schemas for BACKWARD compatibility against the registry's latest
    /// versions and/or committed schema files; exits 4 on an incompatible change
    Check(SchemasCheckArgs),
}

/// Options of `schemas show`.
#[derive(Debug, Args)]
pub struct SchemasShowArgs {
    /// Catalog topic (without prefix), for example robot-telemetry-control
    pub topic: String,
    /// The Avro schema instead of the JSON Schema
    #[arg(long)]
    pub avro: bool,
}

/// Options of `schemas register`.
#[derive(Debug, Args)]
pub struct SchemasRegisterArgs {
    /// Print the plan (register / unchanged / incompatible) without touching the registry
    #[arg(long)]
    pub dry_run: bool,
}

/// Options of `schemas check`.
#[derive(Debug, Args)]
pub struct SchemasCheckArgs {
    /// Also (or, without a registry, only) check against the schema files in DIR, as
    /// `scripts/gen-docs.sh` writes them to docs/schemas (offline, for CI)
    #[arg(long, value_name = "DIR")]
    pub against: Option<PathBuf>,
    /// Do not ask the registry even if one is configured
    #[arg(long)]
    pub offline: bool,
}
