//! One system: safety events found by the safety monitor in simulated robots' telemetry and
//! anomalies found by the detector in a replayed recording both become exactly one OPEN alert
//! each, in one schema, and operators acknowledge both kinds the same way.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{detect, fixture, kafka, replay};
use crate::support::{unique, World};

#[test]
fn safety_events_and_recorded_anomalies_become_one_open_alert_each() {
    crate::needs_broker!();
    let w = World::new("chain");
    w.kafka()
        .args(["-q", "topics", "create", "--robots", "10"])
        .run()
        .expect(0);
    for role in ["control", "safety", "operator"] {
        w.cmd().args(["keygen", "--role", role]).run().expect(0);
    }
    // Robots with injected spikes, the safety monitor and the executor that applies its STOPs.
    let sim = w
        .kafka()
        .args(["simulate", "--robots", "10", "--interval", "0.2"])
        .args(["--chaos", "0.5", "--seed", "11", "--duration", "5s"])
        .spawn();
    let exec = w
        .kafka()
        .args(["run", "executor", "--duration", "8s"])
        .spawn();
    let safety: Value = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "safety-monitor",
            "--duration",
            "7s",
        ])
        .args(["--window", "60s", "--halt-fraction", "1"])
        .run()
        .expect(0)
        .json();
    for child in [sim, exec] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(safety["anomalies"].as_u64().unwrap() > 0, "{safety}");
    // A recording through the detector.
    replay(&w, &[&fixture("hard_braking.csv"), "--rate", "0"]);
    assert_eq!(detect(&w, &unique("det"))["anomalies"], 1);

    let anomalies = kafka::read(&w.topic("anomalies"));
    kafka::assert_schema("anomalies", &anomalies);
    let kinds: BTreeSet<&str> = anomalies
        .iter()
        .map(|r| r.value["anomaly_type"].as_str().unwrap())
        .collect();
    assert!(kinds.contains("sudden_deceleration"), "{kinds:?}");
    assert!(kinds.len() >= 3, "safety kinds too: {kinds:?}");

    let out = w
        .kafka()
        .args([
            "--format",
            "ndjson",
            "consume",
            "anomalies",
            "--from-beginning",
        ])
        .args(["--exit-at-end", "--group", &unique("ops")])
        .run()
        .expect(0);
    assert!(out.stderr.contains(" 0 malformed"), "{}", out.stderr);
    let rows = out.ndjson();
    assert_eq!(rows.len(), anomalies.len(), "every anomaly read");
    assert!(
        rows.iter()
            .all(|r| r["type"] == "anomaly" && r["opened_alert_id"].is_string()),
        "each opened an alert: {rows:?}"
    );

    let alerts = kafka::read(&w.topic("operator_alerts"));
    kafka::assert_schema("operator_alerts", &alerts);
    let mut per_anomaly: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for a in &alerts {
        per_anomaly
            .entry(a.value["anomaly_id"].as_str().unwrap().into())
            .or_default()
            .push(&a.value);
    }
    assert_eq!(
        per_anomaly.len(),
        anomalies.len(),
        "an alert for every anomaly"
    );
    for r in &anomalies {
        let opened = &per_anomaly[r.value["anomaly_id"].as_str().unwrap()];
        assert_eq!(opened.len(), 1, "exactly one");
        assert_eq!(opened[0]["alert_status"], "OPEN");
        assert_eq!(opened[0]["severity"], r.value["severity"]);
        assert_eq!(opened[0]["anomaly_type"], r.value["anomaly_type"]);
    }

    // Acknowledging works for both sources.
    for kind in ["sudden_deceleration", "temperature"] {
        let Some(alert) = alerts.iter().find(|a| a.value["anomaly_type"] == kind) else {
            assert_ne!(kind, "sudden_deceleration");
            continue;
        };
        let id = alert.value["alert_id"].as_str().unwrap();
        let acked: Value = w
            .kafka()
            .env("FLEETCTL_OPERATOR", "alice")
            .args(["--format", "json", "ack", "alert", id])
            .run()
            .expect(0)
            .json();
        assert_eq!(acked["changed"], true, "{acked}");
    }
}
