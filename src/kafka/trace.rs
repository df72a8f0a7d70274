//! W3C trace context (`traceparent`, `tracestate`) in Kafka record headers: the one place that
//! writes a span's context into a record and reads it back, so a trace follows a record from
//! role to role. Contexts travel in headers only, never in a (signed) payload.
//!
//! With tracing off both calls return at once, and a record gets no header at all.

use opentelemetry::propagation::{Extractor, Injector, TextMapPropagator};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::Message;

use crate::otel::SpanContext;

/// `headers` (or new ones) with the context of `cx` added, replacing any earlier trace headers.
/// Returns `headers` untouched when there is nothing to pass on: tracing off, no span, or a span
/// not sampled (its descendants then decide for themselves, see `otel::sampler`).
pub fn inject(cx: Option<&SpanContext>, headers: Option<OwnedHeaders>) -> Option<OwnedHeaders> {
    let Some(cx) = cx.filter(|cx| crate::otel::is_sampled(cx)) else {
        return headers;
    };
    let mut fields = Fields::default();
    TraceContextPropagator::new().inject_context(cx, &mut fields);
    let mut out = OwnedHeaders::new_with_capacity(fields.0.len());
    if let Some(hs) = &headers {
        for h in hs.iter().filter(|h| !is_trace_header(h.key)) {
            out = out.insert(Header {
                key: h.key,
                value: h.value,
            });
        }
    }
    for (k, v) in &fields.0 {
        out = out.insert(Header {
            key: k.as_str(),
            value: Some(v.as_bytes()),
        });
    }
    Some(out)
}

/// The context a record carries, if tracing is on and it carries one.
pub fn extract<M: Message>(m: &M) -> Option<SpanContext> {
    if !crate::otel::enabled() {
        return None;
    }
    let hs = m.headers()?;
    let fields = Fields(
        hs.iter()
            .filter(|h| is_trace_header(h.key))
            .filter_map(|h| {
                Some((
                    h.key.to_string(),
                    String::from_utf8(h.value?.to_vec()).ok()?,
                ))
            })
            .collect(),
    );
    if fields.0.is_empty() {
        return None;
    }
    let cx = TraceContextPropagator::new().extract(&fields);
    use opentelemetry::trace::TraceContextExt as _;
    cx.span().span_context().is_valid().then_some(cx)
}

fn is_trace_header(key: &str) -> bool {
    key == "traceparent" || key == "tracestate"
}

/// Header fields as the propagator reads and writes them.
#[derive(Default)]
struct Fields(
    /// (name, value) pairs.
    Vec<(String, String)>,
);

impl Injector for Fields {
    fn set(&mut self, key: &str, value: String) {
        self.0.push((key.to_string(), value));
    }
}

impl Extractor for Fields {
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|(k, _)| k.as_str()).collect()
    }
}
