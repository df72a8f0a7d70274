//! Commands from the control center and the safety monitor, a halt, and an anomaly, each traced
//! from the record that caused it to the last role that acted on it.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use fleetctl::catalog::names;

use super::{backend, finish, trace_id, trace_with, traced, Span};
use crate::support::kafka::{fleet_world_with, read_all};
use crate::support::World;

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
/// the executor's `command.verify`, under it `command.execute`, under that the robot's
/// `command.react`.
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
            ("command.verify", 1),
            ("command.execute", 1),
            ("command.react", 1),
        ];
        let t = trace_with(query, &id, &want);
        assert_eq!(t.trace_id, id);
        t.assert_linked();
        let one = |name: &str, service: &str| -> &Span {
            let spans = t.named(name);
            assert_eq!(spans.len(), 1, "{name} spans in trace {id}: {:?}", t.spans);
            assert_eq!(t.service(spans[0]), service, "{name} in trace {id}");
            spans[0]
        };
        let issue = one("command.issue", "fleetctl-control-center");
        let verify = one("command.verify", "fleetctl-executor");
        let execute = one("command.execute", "fleetctl-executor");
        let react = one("command.react", "fleetctl-robots");
        assert_eq!(verify.parent(), Some(issue.span_id.as_str()), "trace {id}");
        assert_eq!(verify.tag("command.verified").as_deref(), Some("true"));
        assert_eq!(
            execute.parent(),
            Some(verify.span_id.as_str()),
            "trace {id}"
        );
        assert_eq!(react.parent(), Some(execute.span_id.as_str()), "trace {id}");
        let command_id = c.command_id.to_string();
        for s in [issue, verify, execute, react] {
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
