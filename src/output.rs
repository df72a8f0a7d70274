//! The one `Printer`: decides stdout vs stderr, format, colour, quiet and progress display.

use std::io::{IsTerminal, Write};

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde::Serialize;

use crate::error::Result;

/// Output format of data on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A table for people (plain columns when stdout is not a terminal).
    #[default]
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line, each with a "type" field.
    Ndjson,
}

/// When to colour a stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// When the stream is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The output choices, resolved from flags and environment once.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputOptions {
    /// Format of data on stdout.
    pub format: Format,
    /// Colour choice for stdout and stderr.
    pub color: ColorChoice,
    /// Only data and errors.
    pub quiet: bool,
    /// Verbosity count from -v.
    pub verbose: u8,
}

/// Output decisions made once from the global options.
#[derive(Debug, Clone)]
pub struct Printer {
    /// Format of data on stdout.
    pub format: Format,
    /// Colour on stdout.
    pub color_stdout: bool,
    /// Colour on stderr.
    pub color_stderr: bool,
    /// Only data and errors.
    pub quiet: bool,
    /// Verbosity count from -v.
    pub verbose: u8,
    /// stdout is a terminal.
    pub stdout_tty: bool,
    /// stderr is a terminal (progress bars and prompts only then).
    pub stderr_tty: bool,
    /// stdin is a terminal (confirmations only then).
    pub stdin_tty: bool,
}

/// A tone for a status word in a table or message.
#[derive(Debug, Clone, Copy)]
pub enum Tone {
    /// Fine.
    Good,
    /// Needs a look.
    Warn,
    /// Failed.
    Bad,
    /// No emphasis.
    Plain,
}

impl Printer {
    /// Decides from the output options and the environment.
    pub fn new(args: &OutputOptions) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let decide = |tty: bool| match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        Printer {
            format: args.format,
            color_stdout: decide(stdout_tty),
            color_stderr: decide(stderr_tty),
            quiet: args.quiet,
            verbose: args.verbose,
            stdout_tty,
            stderr_tty,
            stdin_tty: std::io::stdin().is_terminal(),
        }
    }

    /// A printer for tests and embedded use: plain, JSON-free tables, no terminal.
    pub fn plain(format: Format) -> Self {
        Printer {
            format,
            color_stdout: false,
            color_stderr: false,
            quiet: false,
            verbose: 0,
            stdout_tty: false,
            stderr_tty: false,
            stdin_tty: false,
        }
    }

    /// Whether interactive progress bars should be drawn (stderr is a terminal, not quiet).
    pub fn progress_enabled(&self) -> bool {
        self.stderr_tty && !self.quiet
    }

    /// A table styled for stdout: boxed on a terminal, plain aligned columns otherwise.
    pub fn table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        if self.stdout_tty {
            t.load_preset(presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            t.load_preset(presets::NOTHING);
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
        if !self.color_stdout {
            t.force_no_tty();
        } else {
            t.enforce_styling();
        }
        let cells: Vec<Cell> = header
            .iter()
            .map(|h| {
                let c = Cell::new(h.to_uppercase());
                if self.color_stdout {
                    c.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    c
                }
            })
            .collect();
        t.set_header(cells);
        t
    }

    /// A table cell coloured by tone when colour is on.
    pub fn cell(&self, text: impl ToString, tone: Tone) -> Cell {
        let c = Cell::new(text.to_string());
        if !self.color_stdout {
            return c;
        }
        match tone {
            Tone::Good => c.fg(comfy_table::Color::Green),
            Tone::Warn => c.fg(comfy_table::Color::Yellow),
            Tone::Bad => c.fg(comfy_table::Color::Red),
            Tone::Plain => c,
        }
    }

    /// Prints a list: a table, a JSON array, or one JSON object per line.
    /// Each record serializes with its own `"type"` tag.
    pub fn records<T: Serialize>(
        &self,
        records: &[T],
        table: impl FnOnce(&Printer) -> Table,
    ) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => {
                let t = table(self);
                if !records.is_empty() || self.stdout_tty {
                    writeln!(out, "{}", trim_lines(&t.to_string()))?;
                }
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, records)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                for r in records {
                    serde_json::to_writer(&mut out, r)?;
                    writeln!(out)?;
                }
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints one record: human text, or the record as JSON (pretty for json, one line for ndjson).
    pub fn record<T: Serialize>(
        &self,
        record: &T,
        human: impl FnOnce(&Printer) -> String,
    ) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => {
                let text = human(self);
                if !text.is_empty() {
                    writeln!(out, "{text}")?;
                }
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, record)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut out, record)?;
                writeln!(out)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints one record as it happens in a stream: one JSON line in json/ndjson, a text line otherwise.
    pub fn stream<T: Serialize>(
        &self,
        record: &T,
        human: impl FnOnce(&Printer) -> String,
    ) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => writeln!(out, "{}", human(self))?,
            Format::Json | Format::Ndjson => {
                serde_json::to_writer(&mut out, record)?;
                writeln!(out)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A status message on stderr (suppressed by -q).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A warning on stderr (shown even with -q).
    pub fn warn(&self, msg: impl AsRef<str>) {
        eprintln!(
            "{} {}",
            self.paint_stderr("warning:", Tone::Warn),
            msg.as_ref()
        );
    }

    /// An error on stderr.
    pub fn error(&self, msg: impl AsRef<str>) {
        eprintln!(
            "{} {}",
            self.paint_stderr("error:", Tone::Bad),
            msg.as_ref()
        );
    }

    /// Colours a word for stderr when colour is on.
    pub fn paint_stderr(&self, text: &str, tone: Tone) -> String {
        paint(text, tone, self.color_stderr)
    }

    /// Colours a word for stdout when colour is on.
    pub fn paint(&self, text: &str, tone: Tone) -> String {
        paint(text, tone, self.color_stdout)
    }
}

fn paint(text: &str, tone: Tone, on: bool) -> String {
    use anstyle::{AnsiColor, Style};
    if !on {
        return text.to_string();
    }
    let style = match tone {
        Tone::Good => Style::new().fg_color(Some(AnsiColor::Green.into())),
        Tone::Warn => Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
        Tone::Bad => Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
        Tone::Plain => Style::new(),
    };
    format!("{style}{text}{style:#}")
}

/// comfy-table's borderless preset pads lines with spaces; scripts should not see them.
fn trim_lines(s: &str) -> String {
    s.lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}
