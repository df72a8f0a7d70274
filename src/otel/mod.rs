//! OpenTelemetry traces: the SDK set up once per process when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
//! `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set, and the few calls roles make to start spans.
//!
//! When no endpoint is set nothing is initialised and `enabled()` is false: every call here then
//! returns at once without allocating, so the hot paths (telemetry, acknowledgements) pay one
//! relaxed atomic load. A span lives as long as the `Context` that holds it and ends when that
//! is dropped. Kafka headers carry contexts between roles (`kafka::trace`).

mod http;
mod sampler;

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::OnceLock;

use opentelemetry::trace::{SpanKind, TraceContextExt, Tracer as _};
use opentelemetry::{Context, KeyValue};
use opentelemetry_sdk::trace::{SdkTracerProvider, Tracer};

pub use opentelemetry::Context as SpanContext;

/// Set once the provider is installed; read on every record.
static ENABLED: AtomicBool = AtomicBool::new(false);
/// The process's tracer (one instrumentation scope: fleetctl).
static TRACER: OnceLock<Tracer> = OnceLock::new();

/// The standard variables that turn exporting on.
const ENDPOINT_VARS: [&str; 2] = [
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
];

/// Whether spans are being recorded and exported (an endpoint was configured).
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Relaxed)
}

/// Flushes and shuts the provider down when dropped (at the end of `commands::run`).
pub struct Guard(
    /// The provider, when one was installed.
    Option<SdkTracerProvider>,
);

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            ENABLED.store(false, Relaxed);
            if let Err(e) = p.shutdown() {
                tracing::warn!("flushing traces: {e}");
            }
        }
    }
}

/// Installs the OTLP/HTTP exporter if an endpoint is configured; `role` names the service
/// (`fleetctl-<role>`) unless `OTEL_SERVICE_NAME` says otherwise. A configuration the exporter
/// cannot use is logged and tracing stays off: traces never stop a role.
pub fn init(role: &str) -> Guard {
    let configured = ENDPOINT_VARS
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if !configured || TRACER.get().is_some() {
        return Guard(None);
    }
    match build(role) {
        Ok(provider) => {
            use opentelemetry::trace::TracerProvider as _;
            let _ = TRACER.set(provider.tracer("fleetctl"));
            ENABLED.store(true, Relaxed);
            tracing::debug!("exporting traces over OTLP/HTTP as fleetctl-{role}");
            Guard(Some(provider))
        }
        Err(e) => {
            tracing::warn!("traces are off: {e}");
            Guard(None)
        }
    }
}

fn build(role: &str) -> Result<SdkTracerProvider, String> {
    use opentelemetry_otlp::{WithExportConfig as _, WithHttpConfig as _};
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(opentelemetry_otlp::Protocol::HttpBinary)
        .with_http_client(http::Client::from_env())
        .build()
        .map_err(|e| format!("cannot build the OTLP exporter: {e}"))?;
    let mut resource = opentelemetry_sdk::Resource::builder();
    if std::env::var_os("OTEL_SERVICE_NAME").is_none_or(|s| s.is_empty()) {
        resource = resource.with_service_name(format!("fleetctl-{role}"));
    }
    let resource = resource
        .with_attribute(KeyValue::new("service.version", env!("CARGO_PKG_VERSION")))
        .build();
    let mut builder = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource);
    // The SDK reads OTEL_TRACES_SAMPLER itself; fleetctl's own default applies when it is unset
    // (or names it: `fleetctl`).
    if let Some(s) = sampler::from_env() {
        builder = builder.with_sampler(s);
    }
    Ok(builder.build())
}

/// Attributes of a span, built only when tracing is on.
pub type Attrs = Vec<KeyValue>;

/// One attribute.
pub fn attr(key: &'static str, value: impl Into<opentelemetry::Value>) -> KeyValue {
    KeyValue::new(key, value)
}

/// Starts a span named `name` under `parent` (a new trace when none), with the attributes
/// `attrs` builds, and returns the context holding it; the span ends when that is dropped.
/// `None` (and `attrs` never called) when tracing is off.
pub fn start(
    name: &'static str,
    kind: Kind,
    parent: Option<&Context>,
    attrs: impl FnOnce() -> Attrs,
) -> Option<Context> {
    if !enabled() {
        return None;
    }
    let tracer = TRACER.get()?;
    let root = Context::new();
    let parent = parent.unwrap_or(&root);
    let span = tracer
        .span_builder(name)
        .with_kind(kind.into())
        .with_attributes(attrs())
        .start_with_context(tracer, parent);
    Some(parent.with_span(span))
}

/// Adds attributes to the span of `cx` (an outcome known only at the end).
pub fn annotate(cx: Option<&Context>, attrs: impl FnOnce() -> Attrs) {
    if let Some(cx) = cx {
        let span = cx.span();
        if span.is_recording() {
            span.set_attributes(attrs());
        }
    }
}

/// Ends the span of `cx` now, though `cx` lives on as a parent for later spans (the span of
/// work that is over, whose outcome is acted on later).
pub fn end(cx: Option<&Context>) {
    if let Some(cx) = cx {
        cx.span().end();
    }
}

/// Whether `cx` holds a span that is sampled (exported), so worth passing on.
pub fn is_sampled(cx: &Context) -> bool {
    cx.span().span_context().is_sampled()
}

/// What a span stands for, in OpenTelemetry's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Writes a record others act on.
    Producer,
    /// Acts on a record it read.
    Consumer,
    /// Work inside one role.
    Internal,
}

impl From<Kind> for SpanKind {
    fn from(k: Kind) -> SpanKind {
        match k {
            Kind::Producer => SpanKind::Producer,
            Kind::Consumer => SpanKind::Consumer,
            Kind::Internal => SpanKind::Internal,
        }
    }
}
