//! Every printing command, with `--format json` and `--format ndjson`: json is exactly one JSON
//! document, ndjson one JSON object per line, and every object is tagged by `type`.

use serde_json::Value;

use crate::anomaly::fixture;
use crate::support::kafka::fleet_world;

/// Commands that print, as arguments after `--format F`.
fn commands(fixture_csv: &str) -> Vec<Vec<String>> {
    let lines: &[&str] = &[
        "keys list",
        "config view",
        "config get-contexts",
        "topics create --dry-run --robots 10",
        "topics list",
        "topics describe",
        "fleet status",
        "canary status",
        "lag",
        "doctor",
        "dlq inspect",
        "alerts list",
        "halt --all --yes --timeout 1s",
        "resume --all --yes --timeout 1s",
        "simulate --robots 3 --duration 2s",
        "run executor --duration 2s",
        "run retry --duration 2s",
        "run control-center --duration 2s",
        "run safety-monitor --duration 2s",
        "run anomaly-detector --idle-exit 1s --duration 5s",
        "consume anomalies --exit-at-end",
    ];
    let mut out: Vec<Vec<String>> = lines
        .iter()
        .map(|l| l.split_whitespace().map(String::from).collect())
        .collect();
    out.push(vec![
        "replay".into(),
        "dataset".into(),
        "--rate".into(),
        "0".into(),
        fixture_csv.into(),
    ]);
    out
}

fn tagged(v: &Value) -> bool {
    match v {
        Value::Array(items) => items
            .iter()
            .all(|i| i.get("type").is_some_and(Value::is_string)),
        Value::Object(o) => o.get("type").is_some_and(Value::is_string),
        _ => false,
    }
}

#[test]
fn every_printing_command_prints_tagged_json_and_ndjson() {
    crate::needs_broker!();
    let w = fleet_world("formats", 10);
    let csv = fixture("hard_braking.csv");
    let mut problems = Vec::new();
    for args in commands(&csv) {
        for format in ["json", "ndjson"] {
            let out = w.kafka().args(["--format", format]).args(&args).run();
            let what = format!("--format {format} {}", args.join(" "));
            if out.code == -1 || out.code == 2 {
                problems.push(format!("{what}: exit {}: {}", out.code, out.stderr));
                continue;
            }
            let text = out.stdout.trim();
            if text.is_empty() {
                continue;
            }
            if format == "json" {
                match serde_json::from_str::<Value>(text) {
                    Ok(v) if tagged(&v) => {}
                    Ok(v) => problems.push(format!("{what}: untagged: {v}")),
                    Err(e) => {
                        problems.push(format!("{what}: not one JSON document ({e}):\n{text}"))
                    }
                }
            } else {
                for line in text.lines() {
                    match serde_json::from_str::<Value>(line) {
                        Ok(v) if v.is_object() && tagged(&v) => {}
                        _ => problems.push(format!("{what}: bad line: {line}")),
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
