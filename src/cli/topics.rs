//! Command-line definitions of `fleetctl topics`.

use clap::{Args, Subcommand};

/// `fleetctl topics` subcommands.
#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// Create the catalog topics that are missing; report drift, never alter it
    Create(TopicsCreateArgs),
    /// List the catalog topics with their state on the cluster
    List(CatalogArgs),
    /// Show partitions, replication and configs of catalog topics against the catalog
    Describe(TopicsDescribeArgs),
}

/// Fleet size options that decide the partitions of per-robot topics.
#[derive(Debug, Args, Clone, Default)]
pub struct CatalogArgs {
    /// Fleet size the per-robot topics are sized for
    #[arg(long, env = "DEFAULT_NUM_ROBOTS", value_name = "N")]
    pub robots: Option<u32>,
    /// Partitions per 100 robots for per-robot topics (at least 3 in all)
    #[arg(long, env = "PARTITIONS_PER_100_ROBOTS", value_name = "N")]
    pub partitions_per_100_robots: Option<u32>,
}

/// Options of `topics create`.
#[derive(Debug, Args)]
pub struct TopicsCreateArgs {
    /// Sizing of the catalog
    #[command(flatten)]
    pub catalog: CatalogArgs,
    /// Print the plan (create / unchanged / drift) without touching the cluster
    #[arg(long)]
    pub dry_run: bool,
}

/// Options of `topics describe`.
#[derive(Debug, Args)]
pub struct TopicsDescribeArgs {
    /// Sizing of the catalog
    #[command(flatten)]
    pub catalog: CatalogArgs,
    /// Catalog topic to describe, with or without the prefix (default: all)
    pub name: Option<String>,
}
