//! Log setup: everything goes to stderr, as text or JSON lines, at the level -q/-v ask for.

use tracing_subscriber::EnvFilter;

use crate::output::ColorChoice;

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// The logging choices, resolved from flags and environment once.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogOptions {
    /// Line format.
    pub format: LogFormat,
    /// Colour choice (text lines only).
    pub color: ColorChoice,
    /// Errors only.
    pub quiet: bool,
    /// Verbosity count from -v.
    pub verbose: u8,
}

/// Installs the global subscriber. `RUST_LOG` overrides the level picked from -q/-v.
pub fn init(args: &LogOptions) {
    let level = match (args.quiet, args.verbose) {
        (true, _) => "error,librdkafka=off,rdkafka=off",
        // librdkafka reports expected conditions (a broker refusing transactions while `--eos auto`
        // probes) as errors; fleetctl reports what matters itself, so its logs wait for -v.
        (false, 0) => "fleetctl=info,librdkafka=off,rdkafka=off,warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let ansi = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    let _ = match args.format {
        LogFormat::Json => builder.json().with_current_span(false).try_init(),
        LogFormat::Text => builder.with_ansi(ansi).with_target(false).try_init(),
    };
}
