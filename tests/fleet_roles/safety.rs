//! The safety monitor on sensor spikes injected with --chaos: STOPs, anomalies, one fleet halt, DLQ.

use fleetctl::catalog::names;
use fleetctl::model::command::{Action, Target};
use fleetctl::signing::Role;
use serde_json::Value;

use super::{finish, now, read, verifier, world, Rec};

#[test]
fn safety_monitor_stops_spiking_robots_writes_anomalies_and_halts_the_fleet() {
    crate::needs_broker!();
    let w = world("safety", 10, &["safety"]);
    // --chaos 1: every report is a fault, a quarter of them sensor spikes past a critical threshold
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "10",
            "--interval",
            "0.2",
            "--chaos",
            "1",
            "--seed",
            "5",
            "--duration",
            "4s",
        ])
        .spawn();
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "safety-monitor",
            "--duration",
            "6s",
            "--halt-fraction",
            "0.5",
            "--window",
            "60s",
        ])
        .run()
        .expect(0);
    let sim = finish(sim);
    assert!(
        sim["chaos_spikes"].as_u64().unwrap() > 0 && sim["chaos_malformed"].as_u64().unwrap() > 0
    );
    let s: Value = out.json();
    assert_eq!(s["type"], "safety_monitor_summary");
    assert!(s["criticals"].as_u64().unwrap() > 0, "{s}");
    assert_eq!(s["halts"], 1, "one fleet halt per window: {s}");
    assert_eq!(s["malformed"], sim["chaos_malformed"], "{s} {sim}");

    let v = verifier(&w);
    let stops = read(&w, names::COMMANDS);
    assert_eq!(stops.len() as u64, s["stops"].as_u64().unwrap());
    assert!(!stops.is_empty());
    for r in &stops {
        let c = v
            .verify(Some(r.key_str().as_bytes()), Some(r.bytes()), now())
            .unwrap()
            .command;
        assert_eq!(c.issuer, Role::Safety);
        assert!(
            matches!(&c.action, Action::Stop { reason } if reason.starts_with("safety:")),
            "{:?}",
            c.action
        );
    }
    let anomalies = read(&w, names::ANOMALIES);
    assert_eq!(anomalies.len() as u64, s["anomalies"].as_u64().unwrap());
    let published = crate::anomaly::kafka::read(&w.topic(names::ANOMALIES));
    crate::anomaly::kafka::assert_schema("anomalies", &published);
    for r in &anomalies {
        let a: Value = serde_json::from_slice(r.bytes()).unwrap();
        assert_eq!(a["vehicle_id"], r.key_str());
        assert!(uuid::Uuid::parse_str(a["anomaly_id"].as_str().unwrap()).is_ok());
        assert!(chrono::DateTime::parse_from_rfc3339(a["event_time"].as_str().unwrap()).is_ok());
        assert!(
            chrono::DateTime::parse_from_rfc3339(a["processing_time"].as_str().unwrap()).is_ok()
        );
        assert!(["CRITICAL", "WARNING"].contains(&a["severity"].as_str().unwrap()));
        let kind = a["anomaly_type"].as_str().unwrap();
        let safety_kinds = [
            "temperature",
            "vibration",
            "vibration_trend",
            "tilt",
            "radiation",
            "obstacle_distance",
            "energy_pattern",
        ];
        assert!(safety_kinds.contains(&kind), "{kind}");
        assert!(a["features"]["temperature_c"].is_number());
        assert!(a["thresholds"]
            .as_object()
            .is_some_and(|t| !t.is_empty() && t.values().all(Value::is_number)));
        assert!(a["event_id"].as_str().unwrap().starts_with(r.key_str()));
        for k in ["frame_indices", "velocity_history", "acceleration_history"] {
            assert!(a["evidence"][k].is_array());
        }
        assert!(a["triggered_rule"].is_string());
    }
    let halts = read(&w, names::EMERGENCY_HALT);
    assert_eq!(halts.len(), 1);
    assert_eq!(halts[0].key_str(), "all");
    let h = v
        .verify(Some(b"all"), Some(halts[0].bytes()), now())
        .unwrap()
        .command;
    assert_eq!((h.target, h.issuer), (Target::All, Role::Safety));
    let dlq = read(&w, names::DLQ);
    let mine: Vec<&Rec> = dlq
        .iter()
        .filter(|r| {
            r.headers
                .iter()
                .any(|(k, v)| k == "fleetctl.dlq.group" && v.ends_with("safety-monitor"))
        })
        .collect();
    assert_eq!(mine.len() as u64, s["malformed"].as_u64().unwrap());
    assert!(mine.iter().all(|r| r
        .headers
        .iter()
        .any(|(k, v)| k == "fleetctl.error.class" && v == "malformed")));
}
