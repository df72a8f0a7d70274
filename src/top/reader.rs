//! Feeds the dashboard's model from Kafka: robot-state, halts and alerts read from the start,
//! recent telemetry, then every topic tailed from there by one reader without a group; lag and
//! the DLQ backlog asked of the brokers.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::Message;

use super::model::{Backlog, GroupLag, Model, Source};
use super::TopOptions;
use crate::catalog::{names, topic};
use crate::error::Result;
use crate::kafka::client::{self, KafkaReader};
use crate::schemas::wire::TelemetryDecoders;
use crate::settings::KafkaSettings;

/// Topics folded from their start: their state is the sum of their history.
const HISTORY: [(&str, Source); 3] = [
    (names::STATE, Source::State),
    (names::EMERGENCY_HALT, Source::Halts),
    (names::OPERATOR_ALERTS, Source::Alerts),
];

/// Topics tailed from their end: only their rates matter.
const FLOWS: [(&str, Source); 4] = [
    (names::TELEMETRY_CONTROL, Source::Control),
    (names::TELEMETRY_SAFETY, Source::Safety),
    (names::COMMANDS, Source::Commands),
    (names::COMPLETIONS, Source::Completions),
];

/// A reader assigned to every topic the dashboard follows.
pub struct Feed {
    /// The reader (no group: it never commits, and never shows up in `lag`).
    reader: KafkaReader,
    /// Which source each topic is.
    sources: BTreeMap<String, Source>,
}

impl Feed {
    /// Folds the history into a new model and assigns a reader right after it.
    pub fn open(k: &KafkaSettings, o: &TopOptions, seen: Duration) -> Result<(Feed, Model)> {
        let (brokers, prefix) = (k.brokers.clone().unwrap_or_default(), o.prefix.as_str());
        let decoders = TelemetryDecoders::new(o.registry.clone());
        let mut model = Model::new(seen.as_millis() as i64, decoders);
        let recent = crate::roles::fleet_view::recent_robots(k, prefix, o.registry.clone(), seen)?;
        for t in recent.into_values() {
            model.telemetry(t, false);
        }
        let mut sources = BTreeMap::new();
        let mut starts = Vec::new();
        for (name, src) in HISTORY {
            let t = topic(prefix, name);
            // Continuing from the ends this read reached leaves no gap between history and tail.
            let ends = client::read_to_end(k, &t, |_, _, key, value| {
                model.apply(src, key, value, false)
            })?;
            sources.insert(t.clone(), src);
            starts.push((t, ends));
        }
        let reader = client::reader(k)?;
        for (name, src) in FLOWS {
            let t = topic(prefix, name);
            let ends = client::end_offsets(&reader, &t, k.timeout, &brokers)?;
            sources.insert(t.clone(), src);
            starts.push((t, ends));
        }
        client::assign_from(&reader, &starts)?;
        Ok((Feed { reader, sources }, model))
    }

    /// Folds every record that arrives until `until` (or `stop` says so) into `model`.
    pub fn poll_until(&self, model: &mut Model, until: Instant, stop: &impl Fn() -> bool) {
        while !stop() {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.reader.poll(left.min(Duration::from_millis(100))) {
                Some(Ok(m)) => {
                    if let Some(src) = self.sources.get(m.topic()) {
                        model.apply(*src, m.key(), m.payload(), true);
                    }
                }
                Some(Err(e)) => tracing::debug!("top: reading: {e}"),
                None => {}
            }
        }
    }
}

/// Lag per fleet group and the DLQ backlog; a failure is kept as the backlog's error, so one
/// slow answer does not end the dashboard.
pub fn backlog(k: &KafkaSettings, prefix: &str) -> Backlog {
    match ask_backlog(k, prefix) {
        Ok(b) => b,
        Err(e) => Backlog {
            error: Some(e.to_string()),
            ..Backlog::default()
        },
    }
}

fn ask_backlog(k: &KafkaSettings, prefix: &str) -> Result<Backlog> {
    use crate::ops::lag;
    let marks = lag::marks(k, prefix)?;
    let mut out = Backlog {
        dlq: lag::dlq_backlog(k, prefix, &crate::ops::replay_group(prefix), &marks)?,
        ..Backlog::default()
    };
    for g in lag::fleet_groups(k, prefix)? {
        let rows = lag::group_lag(k, &g, &marks)?;
        if !rows.is_empty() {
            out.lag.push(GroupLag {
                group: g,
                partitions: rows.len(),
                lag: rows.iter().map(|r| r.lag).sum(),
            });
        }
    }
    Ok(out)
}
