//! Hidden `fleetctl generate`: shell completions and man pages from the clap definitions, and
//! docs/schemas from the schemas in the code.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, GenerateArgs};
use crate::error::Result;
use crate::exit::Exit;

pub fn run(a: GenerateArgs) -> Result<Exit> {
    write_all(&a.out)?;
    Ok(Exit::Ok)
}

/// Writes `completions/`, `man/` and `docs/schemas/` under `root`.
pub fn write_all(root: &Path) -> Result<()> {
    let completions = root.join("completions");
    let man = root.join("man");
    for dir in [&completions, &man] {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    }
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = Cli::command();
        clap_complete::generate_to(shell, &mut cmd, "fleetctl", &completions)
            .map_err(|e| anyhow::anyhow!("cannot write {shell} completions: {e}"))?;
    }
    clap_mangen::generate_to(Cli::command(), &man)
        .map_err(|e| anyhow::anyhow!("cannot write man pages: {e}"))?;
    crate::schemas::write_docs(&root.join("docs/schemas"))
}
