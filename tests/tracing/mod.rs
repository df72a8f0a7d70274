//! Traces across roles against a real trace backend: Jaeger v2 (scripts/jaeger.sh, started once
//! by scripts/test.sh), receiving OTLP/HTTP from the roles. The tests ask its query API for the
//! trace a record's `traceparent` header names and check the spans' services and parent links.
//! Here: what they share (Jaeger's answers, waiting for a trace to be whole).

mod fleet;
mod retry;
mod safety;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Child;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::support::World;

/// Where scripts/test.sh's Jaeger listens; without one the test is skipped (or fails where the
/// suite requires every component).
fn backend() -> Option<(String, String)> {
    let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let found = get("FLEETCTL_TEST_OTLP_ENDPOINT").zip(get("FLEETCTL_TEST_JAEGER_QUERY"));
    if found.is_none() {
        assert!(
            std::env::var_os("FLEETCTL_REQUIRE_TRACING").is_none(),
            "FLEETCTL_TEST_OTLP_ENDPOINT and FLEETCTL_TEST_JAEGER_QUERY are not set but \
             FLEETCTL_REQUIRE_TRACING is"
        );
        eprintln!(
            "skipping the tracing test: FLEETCTL_TEST_OTLP_ENDPOINT is not set \
             (scripts/test.sh starts Jaeger with scripts/jaeger.sh and sets it)"
        );
    }
    found
}

/// One trace as Jaeger's query API returns it.
#[derive(Debug, Deserialize)]
struct Trace {
    /// Trace id, hex.
    #[serde(rename = "traceID")]
    trace_id: String,
    /// Its spans.
    spans: Vec<Span>,
    /// Process id → the process (service) that sent spans.
    processes: BTreeMap<String, Process>,
}

/// One span.
#[derive(Debug, Deserialize)]
struct Span {
    /// Span id, hex.
    #[serde(rename = "spanID")]
    span_id: String,
    /// Its name.
    #[serde(rename = "operationName")]
    name: String,
    /// Parent links.
    #[serde(default)]
    references: Vec<Reference>,
    /// Which entry of `processes` sent it.
    #[serde(rename = "processID")]
    process_id: String,
    /// Attributes.
    #[serde(default)]
    tags: Vec<Tag>,
}

/// A link to another span.
#[derive(Debug, Deserialize)]
struct Reference {
    /// CHILD_OF for a parent.
    #[serde(rename = "refType")]
    kind: String,
    /// The other span.
    #[serde(rename = "spanID")]
    span_id: String,
}

/// A span's sender.
#[derive(Debug, Deserialize)]
struct Process {
    /// service.name.
    #[serde(rename = "serviceName")]
    service: String,
}

/// One attribute.
#[derive(Debug, Deserialize)]
struct Tag {
    /// Its key.
    key: String,
    /// Its value (any JSON type).
    value: serde_json::Value,
}

impl Trace {
    /// The service that sent `s`.
    fn service(&self, s: &Span) -> &str {
        self.processes
            .get(&s.process_id)
            .map_or("", |p| p.service.as_str())
    }

    /// Spans named `name`.
    fn named(&self, name: &str) -> Vec<&Span> {
        self.spans.iter().filter(|s| s.name == name).collect()
    }
}

impl Span {
    /// The parent's span id, if it has one.
    fn parent(&self) -> Option<&str> {
        self.references
            .iter()
            .find(|r| r.kind == "CHILD_OF")
            .map(|r| r.span_id.as_str())
    }

    /// An attribute's value as text.
    fn tag(&self, key: &str) -> Option<String> {
        let v = &self.tags.iter().find(|t| t.key == key)?.value;
        Some(v.as_str().map_or_else(|| v.to_string(), str::to_string))
    }
}

/// `GET path` on Jaeger's query API (HTTP/1.0, so the body is never chunked): the traces of its
/// `data`, or none while it does not know the trace yet.
fn traces(query: &str, path: &str) -> Vec<Trace> {
    let addr = query.trim_start_matches("http://");
    let mut conn = TcpStream::connect(addr).expect("Jaeger answers");
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(conn, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
    if head.starts_with("HTTP/1.0 404") || head.starts_with("HTTP/1.1 404") {
        return Vec::new();
    }
    #[derive(Deserialize)]
    struct Answer {
        data: Option<Vec<Trace>>,
    }
    let a: Answer = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    a.data.unwrap_or_default()
}

/// The trace `id`, once Jaeger has all of `want` span names in it (spans arrive from several
/// processes, each flushing when it exits).
fn trace_with(query: &str, id: &str, want: &[(&str, usize)]) -> Trace {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut found = traces(query, &format!("/api/traces/{id}"));
        if let Some(t) = found.pop() {
            let complete = want.iter().all(|(name, n)| t.named(name).len() >= *n);
            if complete || Instant::now() > deadline {
                return t;
            }
        }
        assert!(Instant::now() < deadline, "Jaeger never had trace {id}");
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// The trace id in a W3C `traceparent` (version-traceid-spanid-flags).
fn trace_id(traceparent: &str) -> String {
    let parts: Vec<&str> = traceparent.split('-').collect();
    assert_eq!(parts.len(), 4, "not a traceparent: {traceparent}");
    assert_eq!(
        parts[3], "01",
        "an unsampled context was passed on: {traceparent}"
    );
    parts[1].to_string()
}

/// A role's exit, which must be clean (it flushed its spans on the way out).
fn finish(child: Child, role: &str) {
    let out = child.wait_with_output().expect("role output");
    assert!(
        out.status.success(),
        "{role}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `fleetctl` exporting to the test's Jaeger, flushing every 200 ms.
fn traced(w: &World, endpoint: &str) -> crate::support::Run {
    let mut r = w.kafka();
    r.env("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
        .env("OTEL_BSP_SCHEDULE_DELAY", "200")
        .args(["--format", "json"]);
    r
}

impl Trace {
    /// Every span's parent is in the trace (no link points at a span Jaeger never got).
    fn assert_linked(&self) {
        let ids: BTreeSet<&str> = self.spans.iter().map(|s| s.span_id.as_str()).collect();
        for s in &self.spans {
            if let Some(p) = s.parent() {
                assert!(
                    ids.contains(p),
                    "{} in trace {}: parent {p} missing",
                    s.name,
                    self.trace_id
                );
            }
        }
    }

    /// The span with id `id`.
    fn span(&self, id: &str) -> Option<&Span> {
        self.spans.iter().find(|s| s.span_id == id)
    }
}

/// The span id in a W3C `traceparent` (the sender's span, the receiver's parent).
fn parent_id(traceparent: &str) -> String {
    traceparent
        .split('-')
        .nth(2)
        .unwrap_or_default()
        .to_string()
}
