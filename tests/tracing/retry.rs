//! A command that fails keeps its trace through the retry consumer: each attempt's
//! `command.verify` (and under it `command.execute`) under the retry consumer's `command.retry`,
//! and a dead letter's `traceparent` pointing at the attempt that gave up.

use fleetctl::catalog::names;

use super::{backend, finish, parent_id, trace_id, trace_with, traced, Span, Trace};
use crate::support::kafka::{fleet_world_with, read_all, Rec};
use crate::support::World;

/// A fleet of two robots whose executor runs with `executor` (fault injection): commands from the
/// control center fail and go through the retry consumer. Returns the fleet and the commands as
/// first issued (re-publications carry an attempt header).
fn failing_fleet(tag: &str, endpoint: &str, executor: &str) -> (World, Vec<Rec>) {
    let w = fleet_world_with(tag, 2, &["control", "operator", "safety"]);
    let spawn = |args: &str| traced(&w, endpoint).args(args.split_whitespace()).spawn();
    let exec = spawn(&format!(
        "run executor --eos auto {executor} --duration 25s"
    ));
    let retry = spawn("run retry --duration 25s");
    let control = spawn("run control-center --canary 1 --cooldown 2s --duration 10s");
    let sim = spawn("simulate --robots 2 --interval 0.2 --duration 8s");
    finish(sim, "simulate");
    finish(control, "control center");
    finish(exec, "executor");
    finish(retry, "retry consumer");
    let first: Vec<Rec> = read_all(&w, names::COMMANDS)
        .into_iter()
        .filter(|r| r.header("fleetctl.retry.attempt").is_none())
        .collect();
    assert!(
        !first.is_empty(),
        "{tag}: the control center issued commands"
    );
    (w, first)
}

/// The spans named `name`, by attempt.
fn by_attempt<'t>(t: &'t Trace, name: &str, tag: &str) -> Vec<(i64, &'t Span)> {
    let mut spans: Vec<(i64, &Span)> = t
        .named(name)
        .into_iter()
        .map(|s| {
            let n = s.tag(tag).and_then(|v| v.parse().ok()).unwrap_or(0);
            (n, s)
        })
        .collect();
    spans.sort_by_key(|(n, _)| *n);
    spans
}

/// Checks the chain issue → verify, execute 1 → retry → verify, execute 2 … up to `attempts` in
/// `t`, and
/// returns the last attempt's span.
fn attempts_chained(t: &Trace, attempts: i64) -> &Span {
    t.assert_linked();
    let issue = t.named("command.issue");
    assert_eq!(issue.len(), 1, "{:?}", t.spans);
    assert_eq!(t.service(issue[0]), "fleetctl-control-center");
    let executes = by_attempt(t, "command.execute", "command.attempt");
    let retries = by_attempt(t, "command.retry", "retry.attempt");
    let verifies = t.named("command.verify");
    assert_eq!(verifies.len() as i64, attempts, "{:?}", t.spans);
    let got: Vec<i64> = executes.iter().map(|(n, _)| *n).collect();
    assert_eq!(got, (1..=attempts).collect::<Vec<_>>(), "{:?}", t.spans);
    let mut parent = issue[0].span_id.as_str();
    for (n, execute) in &executes {
        assert_eq!(t.service(execute), "fleetctl-executor");
        if *n > 1 {
            let (_, retry) = retries
                .iter()
                .find(|(r, _)| r == n)
                .unwrap_or_else(|| panic!("no command.retry for attempt {n}: {:?}", t.spans));
            assert_eq!(t.service(retry), "fleetctl-retry");
            assert_eq!(retry.parent(), Some(parent), "retry {n}'s parent");
            parent = retry.span_id.as_str();
        }
        let verify = verifies
            .iter()
            .find(|v| execute.parent() == Some(v.span_id.as_str()))
            .unwrap_or_else(|| panic!("attempt {n} is not under a command.verify"));
        assert_eq!(
            verify.parent(),
            Some(parent),
            "attempt {n}'s verification's parent"
        );
        parent = execute.span_id.as_str();
    }
    executes.last().expect("an attempt").1
}

#[test]
fn a_command_that_fails_once_keeps_its_trace_through_the_retry() {
    crate::needs_broker!();
    let Some((endpoint, query)) = backend() else {
        return;
    };
    let (_w, first) = failing_fleet("traces-retry", &endpoint, "--fail-attempts 1");
    for rec in &first {
        let id = trace_id(rec.header("traceparent").expect("a traced command"));
        let want = [
            ("command.issue", 1),
            ("command.execute", 2),
            ("command.retry", 1),
            ("command.react", 2),
        ];
        let t = trace_with(&query, &id, &want);
        let last = attempts_chained(&t, 2);
        assert_eq!(last.tag("command.status").as_deref(), Some("EXECUTED"));
        // The robot read both outcomes, and acted on the second only.
        let reacts = t.named("command.react");
        let applied: Vec<(Option<String>, Option<String>)> = reacts
            .iter()
            .map(|r| {
                let by = r.parent().and_then(|p| t.span(p));
                (
                    by.and_then(|s| s.tag("command.attempt")),
                    r.tag("command.applied"),
                )
            })
            .collect();
        assert!(
            applied.contains(&(Some("2".into()), Some("true".into())))
                && applied.contains(&(Some("1".into()), Some("false".into()))),
            "reactions by attempt: {applied:?}"
        );
    }
}

#[test]
fn a_dead_lettered_command_keeps_its_trace() {
    crate::needs_broker!();
    let Some((endpoint, query)) = backend() else {
        return;
    };
    let exec = "--fail-attempts 2 --max-retries 1";
    let (w, first) = failing_fleet("traces-dlq", &endpoint, exec);
    let dead = read_all(&w, names::DLQ);
    assert_eq!(dead.len(), first.len(), "every command ends in the DLQ");
    let inspected = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect"])
        .run()
        .expect(0)
        .json::<Vec<serde_json::Value>>();
    for entry in &dead {
        let tp = entry
            .header("traceparent")
            .expect("a dead letter keeps its trace");
        let id = trace_id(tp);
        assert!(
            first
                .iter()
                .any(|c| c.header("traceparent").map(trace_id) == Some(id.clone())),
            "the dead letter's trace {id} is a command's"
        );
        let want = [
            ("command.issue", 1),
            ("command.execute", 2),
            ("command.retry", 1),
        ];
        let t = trace_with(&query, &id, &want);
        let last = attempts_chained(&t, 2);
        assert_eq!(last.tag("command.status").as_deref(), Some("FAILED"));
        assert_eq!(parent_id(tp), last.span_id, "written by the last attempt");
        assert!(
            inspected.iter().any(|v| v["trace_id"] == id.as_str()),
            "dlq inspect names trace {id}: {inspected:?}"
        );
    }
}
