//! What every `run ROLE` command shares: the lag its metrics endpoint reports, and its
//! end-of-run summary (a two-column table for people, the record as JSON).

use serde::Serialize;

use crate::catalog::topic;
use crate::error::Result;
use crate::ops::metrics_endpoint::LagSource;
use crate::output::{Printer, Tone};
use crate::settings::Settings;

/// Prints `summary` with `Printer::record`; the table lists its fields but the type tag.
pub fn print<T: Serialize>(p: &Printer, summary: &T) -> Result<()> {
    let fields = match serde_json::to_value(summary) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    p.record(summary, |p| {
        let mut t = p.table(&["field", "value"]);
        for (k, v) in fields.iter().filter(|(k, _)| k.as_str() != "type") {
            let text = match v {
                serde_json::Value::Number(n) if n.is_f64() => {
                    format!("{:.1}", n.as_f64().unwrap_or_default())
                }
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            t.add_row(vec![
                p.cell(k.replace('_', " "), Tone::Plain),
                p.cell(text, Tone::Plain),
            ]);
        }
        t.to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// How every long-running role ends: 130 when Ctrl-C or SIGTERM stopped it (it still finished
/// its batch, flushed, committed and printed its summary), 0 when it ran to its bound.
pub fn exit(interrupted: bool) -> crate::exit::Exit {
    if interrupted {
        crate::exit::Exit::Interrupted
    } else {
        crate::exit::Exit::Ok
    }
}

/// The lag `--metrics-addr` reports for a role: its group on its input topic.
pub fn lag_source(settings: &Settings, group: &str, input: &str) -> Result<LagSource> {
    Ok(LagSource {
        kafka: settings.kafka()?.clone(),
        group: group.to_string(),
        topics: vec![topic(&settings.topic_prefix, input)],
    })
}
