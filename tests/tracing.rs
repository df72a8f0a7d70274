//! Traces across roles against a real trace backend: Jaeger v2 (scripts/jaeger.sh, started once
//! by scripts/test.sh), receiving OTLP/HTTP from the simulator, the control center, the executor
//! and a halt. Its query API is asked, per command read back from robot-commands, for the trace
//! that command's `traceparent` header names, and the spans' services and parent links are
//! checked; then for the halt's trace, with one acknowledgement span per robot.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Child;
use std::time::{Duration, Instant};

use fleetctl::catalog::names;
use serde::Deserialize;

use crate::support::kafka::{fleet_world_with, read_all};
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

#[test]
fn commands_and_halts_are_traced_across_roles_in_jaeger() {
    crate::needs_broker!();
    let Some((endpoint, query)) = backend() else {
        return;
    };
    let robots = 4u32;
    let w = fleet_world_with("traces", robots, &["control", "operator", "safety"]);
    let spawn = |args: &str| traced(&w, &endpoint).args(args.split_whitespace()).spawn();
    let executor = spawn("run executor --eos idempotent --duration 30s");
    let control = spawn("run control-center --canary 1 --cooldown 2s --duration 30s");
    let sim = spawn(&format!(
        "simulate --robots {robots} --interval 0.2 --duration 20s"
    ));
    // Commands flow for a while; then every robot is halted while the simulator still runs.
    let deadline = Instant::now() + Duration::from_secs(25);
    while read_all(&w, names::COMPLETIONS).len() < robots as usize {
        assert!(Instant::now() < deadline, "no completions");
        std::thread::sleep(Duration::from_millis(500));
    }
    let halt = traced(&w, &endpoint)
        .args(["halt", "--all", "--yes", "--timeout", "15s"])
        .run();
    let summary: serde_json::Value = halt.expect(0).json();
    assert_eq!(summary["acknowledged"], robots, "{summary}");
    finish(sim, "simulate");
    finish(control, "control center");
    finish(executor, "executor");

    commands_traced(&w, &query);
    let halt_id = summary["command_ids"][0].as_str().expect("a halt id");
    halt_traced(&w, &query, halt_id, robots);
}

/// Each command on robot-commands is one trace: the control center's `command.issue`, under it
/// the executor's `command.execute`, under that the robot's `command.react`.
fn commands_traced(w: &World, query: &str) {
    let commands = read_all(w, names::COMMANDS);
    assert!(!commands.is_empty(), "the control center issued commands");
    let mut ids = BTreeSet::new();
    for rec in &commands {
        let c = fleetctl::signing::envelope::decode_unverified(rec.bytes()).expect("a command");
        let tp = rec
            .header("traceparent")
            .expect("a command carries its trace");
        let id = trace_id(tp);
        assert!(ids.insert(id.clone()), "two commands share trace {id}");
        let want = [
            ("command.issue", 1),
            ("command.execute", 1),
            ("command.react", 1),
        ];
        let t = trace_with(query, &id, &want);
        assert_eq!(t.trace_id, id);
        let by_id: BTreeMap<&str, &Span> =
            t.spans.iter().map(|s| (s.span_id.as_str(), s)).collect();
        for s in &t.spans {
            if let Some(p) = s.parent() {
                assert!(
                    by_id.contains_key(p),
                    "{} in trace {id}: parent {p} missing",
                    s.name
                );
            }
        }
        let one = |name: &str, service: &str| -> &Span {
            let spans = t.named(name);
            assert_eq!(spans.len(), 1, "{name} spans in trace {id}: {:?}", t.spans);
            assert_eq!(t.service(spans[0]), service, "{name} in trace {id}");
            spans[0]
        };
        let issue = one("command.issue", "fleetctl-control-center");
        let execute = one("command.execute", "fleetctl-executor");
        let react = one("command.react", "fleetctl-robots");
        assert_eq!(execute.parent(), Some(issue.span_id.as_str()), "trace {id}");
        assert_eq!(react.parent(), Some(execute.span_id.as_str()), "trace {id}");
        let command_id = c.command_id.to_string();
        for s in [issue, execute, react] {
            assert_eq!(s.tag("command.id"), Some(command_id.clone()), "{}", s.name);
            assert_eq!(
                s.tag("robot.id").as_deref(),
                Some(rec.key_str()),
                "{}",
                s.name
            );
        }
    }
}

/// The halt is one trace: `halt.issue` from the halt command, and one `halt.ack` per robot under
/// it, each from the simulator and naming its robot.
fn halt_traced(w: &World, query: &str, halt_id: &str, robots: u32) {
    let halts = read_all(w, names::EMERGENCY_HALT);
    let rec = halts
        .iter()
        .find(|r| {
            fleetctl::signing::envelope::decode_unverified(r.bytes())
                .is_some_and(|c| c.command_id.to_string() == halt_id)
        })
        .expect("the halt record");
    let id = trace_id(
        rec.header("traceparent")
            .expect("the halt carries its trace"),
    );
    let t = trace_with(
        query,
        &id,
        &[("halt.issue", 1), ("halt.ack", robots as usize)],
    );
    let issue = t.named("halt.issue");
    assert_eq!(issue.len(), 1, "{:?}", t.spans);
    assert_eq!(t.service(issue[0]), "fleetctl-halt");
    let acks = t.named("halt.ack");
    let mut acked: Vec<String> = acks
        .iter()
        .map(|s| {
            assert_eq!(t.service(s), "fleetctl-robots");
            assert_eq!(s.parent(), Some(issue[0].span_id.as_str()));
            assert_eq!(s.tag("halt.id").as_deref(), Some(halt_id));
            s.tag("robot.id").expect("robot.id")
        })
        .collect();
    acked.sort();
    let expected: Vec<String> = (1..=robots).map(|i| format!("robot-{i:04}")).collect();
    assert_eq!(acked, expected, "one acknowledgement span per robot");
}

/// A replayed row's trace (every row sampled here) runs through the detector's anomaly and the
/// operator service's alert to the operator's acknowledgement, each in its own process.
#[test]
fn an_anomaly_trace_runs_from_the_row_to_the_operator_action() {
    crate::needs_broker!();
    let Some((endpoint, query)) = backend() else {
        return;
    };
    let w = crate::anomaly::setup("traces-anomaly");
    let run = |args: &[&str]| -> serde_json::Value {
        let mut r = traced(&w, &endpoint);
        r.env("OTEL_TRACES_SAMPLER_ARG", "1")
            .args(args)
            .run()
            .expect(0)
            .json()
    };
    let csv = crate::anomaly::fixture("hard_braking.csv");
    run(&["replay", "dataset", &csv, "--rate", "0"]);
    let d = run(&[
        "run",
        "anomaly-detector",
        "--idle-exit",
        "2s",
        "--group",
        "traces",
    ]);
    assert!(d["anomalies"].as_u64() >= Some(1), "{d}");
    let consumed = traced(&w, &endpoint)
        .args(["consume", "anomalies", "--from-beginning", "--exit-at-end"])
        .args(["--group", "traces-operator"])
        .run()
        .expect(0);
    assert!(!consumed.stdout.is_empty(), "{}", consumed.stderr);
    let alerts = read_all(&w, names::OPERATOR_ALERTS);
    let alert = alerts.first().expect("an alert opened");
    run(&["ack", "alert", alert.key_str(), "--operator", "op-1"]);

    let id = trace_id(
        alert
            .header("traceparent")
            .expect("the alert carries its trace"),
    );
    let want = [
        ("telemetry.replay", 1),
        ("anomaly.detect", 1),
        ("alert.open", 1),
        ("alert.action", 1),
    ];
    let t = trace_with(&query, &id, &want);
    let mut parent = None;
    for (name, service) in [
        ("telemetry.replay", "fleetctl-replay"),
        ("anomaly.detect", "fleetctl-detector"),
        ("alert.open", "fleetctl-operator"),
        ("alert.action", "fleetctl-operator"),
    ] {
        let spans = t.named(name);
        assert_eq!(spans.len(), 1, "{name} in {:?}", t.spans);
        assert_eq!(t.service(spans[0]), service, "{name}");
        assert_eq!(spans[0].parent(), parent, "{name}'s parent");
        parent = Some(spans[0].span_id.as_str());
    }
    let action = t.named("alert.action")[0];
    assert_eq!(action.tag("alert.id").as_deref(), Some(alert.key_str()));
}
