//! Command-line definitions of `fleetctl keygen` and `fleetctl keys`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::signing::Role;

/// Options of `keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Signing role the key is for
    #[arg(long, value_enum)]
    pub role: Role,
    /// Directory to write `<role>.key` and `<role>.pub` into (default: the keys/ config dir)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Overwrite an existing key file
    #[arg(long)]
    pub force: bool,
    /// Print the key as `ROLE_PRIVATE_KEY_B64=` / `ROLE_PUBLIC_KEY_B64=` lines instead of writing files
    #[arg(long)]
    pub env: bool,
}

/// `fleetctl keys` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List the trusted public keys with their roles and key ids
    List,
}
