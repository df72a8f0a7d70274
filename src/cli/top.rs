//! Command-line definition of `fleetctl top`, the live dashboard.

use std::time::Duration;

use clap::Args;

use super::parse_duration;

/// Options of `top`.
#[derive(Debug, Args, Clone)]
#[command(
    after_long_help = "Keys:\n  q, Esc     quit (exit 0)\n  Ctrl-C     quit (exit 130)\n  Tab, 1-3   switch panel: 1 fleet (robots per zone and status), 2 flows (rates per second,\n             open alerts, DLQ backlog), 3 lag (consumer lag per group)\n  z          show the next zone only (after the last: every zone)\n  a          every zone\n\nstdout must be a terminal: otherwise top exits 2 without drawing anything."
)]
pub struct TopArgs {
    /// Time between two refreshes (rates are records per second over this window)
    #[arg(long, default_value = "1s", value_parser = parse_duration, value_name = "DURATION")]
    pub refresh: Duration,
    /// Start with only this zone shown (z cycles through the zones)
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
}
