//! A safety monitor's STOP traced from the sensor report that caused it to the robot's reaction:
//! the simulator's `telemetry.send` (every report sampled here), the monitor's `command.issue`,
//! the executor's `command.verify` and `command.execute`, and the robot's `command.react`.

use fleetctl::catalog::names;

use super::{backend, finish, trace_id, trace_with, traced};
use crate::support::kafka::{fleet_world_with, read_all};

#[test]
fn a_safety_stop_is_traced_from_the_report_to_the_robot() {
    crate::needs_broker!();
    let Some((endpoint, query)) = backend() else {
        return;
    };
    let w = fleet_world_with("traces-safety", 4, &["safety"]);
    let spawn = |args: &str| {
        traced(&w, &endpoint)
            .env("OTEL_TRACES_SAMPLER_ARG", "1")
            .args(args.split_whitespace())
            .spawn()
    };
    let exec = spawn("run executor --eos auto --duration 15s");
    let monitor = spawn("run safety-monitor --window 60s --halt-fraction 1 --duration 12s");
    // --chaos 1: every report is a fault, some of them spikes past a critical threshold.
    let sim = spawn("simulate --robots 4 --interval 0.2 --chaos 1 --seed 5 --duration 8s");
    finish(sim, "simulate");
    finish(monitor, "safety monitor");
    finish(exec, "executor");

    let stops = read_all(&w, names::COMMANDS);
    assert!(!stops.is_empty(), "the safety monitor stopped robots");
    for rec in &stops {
        let id = trace_id(rec.header("traceparent").expect("a traced STOP"));
        let want = [
            ("telemetry.send", 1),
            ("command.issue", 1),
            ("command.verify", 1),
            ("command.execute", 1),
            ("command.react", 1),
        ];
        let t = trace_with(&query, &id, &want);
        t.assert_linked();
        let mut parent = None;
        for (name, service) in [
            ("telemetry.send", "fleetctl-robots"),
            ("command.issue", "fleetctl-safety-monitor"),
            ("command.verify", "fleetctl-executor"),
            ("command.execute", "fleetctl-executor"),
            ("command.react", "fleetctl-robots"),
        ] {
            let spans = t.named(name);
            assert_eq!(spans.len(), 1, "{name} in {:?}", t.spans);
            assert_eq!(t.service(spans[0]), service, "{name}");
            assert_eq!(spans[0].parent(), parent, "{name}'s parent");
            assert_eq!(spans[0].tag("robot.id").as_deref(), Some(rec.key_str()));
            parent = Some(spans[0].span_id.as_str());
        }
    }
}
