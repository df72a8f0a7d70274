//! fleetctl's default sampler: every command, halt and alert trace is kept, telemetry is sampled.
//!
//! A span with a parent follows the parent's decision (so a trace is whole or absent). A root
//! span named `telemetry.*` is kept at a ratio (`OTEL_TRACES_SAMPLER_ARG`, default 0.01): one
//! report in a hundred is plenty to see the path, and at 10,000 robots every report would be
//! 20,000 spans a second. Every other root (a command issued, a halt, an alert) is kept. A
//! command caused by an unsampled report starts its own trace: unsampled contexts are never
//! written into headers (`kafka::trace`), so the control center sees no parent.

use opentelemetry::trace::{Link, SamplingResult, SpanKind, TraceId};
use opentelemetry::{Context, KeyValue};
use opentelemetry_sdk::trace::{Sampler, ShouldSample};

/// Telemetry roots kept when `OTEL_TRACES_SAMPLER_ARG` does not say.
pub const DEFAULT_TELEMETRY_RATIO: f64 = 0.01;

/// The sampler to install, or `None` to leave the SDK's own reading of `OTEL_TRACES_SAMPLER`
/// (always_on, traceidratio, parentbased_*, ...) in place.
pub fn from_env() -> Option<Sampler> {
    let name = std::env::var("OTEL_TRACES_SAMPLER").unwrap_or_default();
    if !(name.is_empty() || name == "fleetctl") {
        return None;
    }
    let ratio = std::env::var("OTEL_TRACES_SAMPLER_ARG")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|r| (0.0..=1.0).contains(r))
        .unwrap_or(DEFAULT_TELEMETRY_RATIO);
    Some(Sampler::ParentBased(Box::new(Roots {
        telemetry: Sampler::TraceIdRatioBased(ratio),
    })))
}

/// Decides for spans that start a trace.
#[derive(Debug, Clone)]
struct Roots {
    /// Applied to telemetry roots.
    telemetry: Sampler,
}

impl ShouldSample for Roots {
    fn should_sample(
        &self,
        parent: Option<&Context>,
        trace_id: TraceId,
        name: &str,
        kind: &SpanKind,
        attributes: &[KeyValue],
        links: &[Link],
    ) -> SamplingResult {
        let by = if name.starts_with("telemetry.") {
            &self.telemetry
        } else {
            &Sampler::AlwaysOn
        };
        by.should_sample(parent, trace_id, name, kind, attributes, links)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry::trace::SamplingDecision;

    fn decide(s: &Roots, name: &str, id: u128) -> SamplingDecision {
        let id = TraceId::from_bytes(id.to_be_bytes());
        s.should_sample(None, id, name, &SpanKind::Producer, &[], &[])
            .decision
    }

    #[test]
    fn commands_are_always_kept_and_telemetry_by_ratio() {
        let s = Roots {
            telemetry: Sampler::TraceIdRatioBased(0.01),
        };
        let kept = (0..10_000u128)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835))
            .filter(|&id| decide(&s, "telemetry.send", id) == SamplingDecision::RecordAndSample)
            .count();
        assert!(
            (50..200).contains(&kept),
            "{kept} of 10,000 telemetry roots kept"
        );
        for id in [1u128, u128::MAX / 3, u128::MAX] {
            assert_eq!(
                decide(&s, "command.issue", id),
                SamplingDecision::RecordAndSample
            );
            assert_eq!(
                decide(&s, "halt.issue", id),
                SamplingDecision::RecordAndSample
            );
        }
    }
}
