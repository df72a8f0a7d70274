//! Every message type, as the program builds it from the fixtures, validates against its
//! JSON Schema in src/schemas (the broker tests check the records actually written too).

use std::path::PathBuf;

use chrono::Utc;
use serde_json::Value;

use super::anomaly::{ActionMetadata, ActionType, OperatorAction, ReplayMetadata};
use crate::dataset::{read_file, InputFormat};
use crate::roles::detector::core::{Config, Detector};
use crate::roles::detector::wire;
use crate::roles::{alerts, telemetry};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(schema: &str, instances: &[Value]) {
    let schema_json = crate::schemas::find(schema, crate::schemas::Kind::Json)
        .unwrap_or_else(|| panic!("no JSON Schema for {schema}"))
        .value();
    let v = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema_json)
        .unwrap();
    assert!(!instances.is_empty());
    for i in instances {
        let errors: Vec<String> = v.iter_errors(i).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{schema}: {errors:?}\n{i}");
    }
}

#[test]
fn built_messages_match_the_published_schemas() {
    let meta = ReplayMetadata {
        replay_session_id: "s".into(),
        replay_rate: 10.0,
    };
    let mut events = Vec::new();
    for (f, fmt) in [
        ("hard_braking.csv", InputFormat::Csv),
        ("jittery.csv", InputFormat::Csv),
        ("smooth_stop.jsonl", InputFormat::JsonLines),
    ] {
        let read = read_file(&root().join("tests/fixtures").join(f), fmt).unwrap();
        let t = telemetry::derive(&read.rows, &crate::dataset::vehicle_ids(&read.rows));
        events.extend(
            read.rows
                .iter()
                .zip(&t)
                .map(|(r, t)| telemetry::event(r, t, &meta, 0, 0)),
        );
    }
    let raw: Vec<Value> = events
        .iter()
        .map(|e| serde_json::to_value(e).unwrap())
        .collect();
    check("raw_telemetry", &raw);

    let mut d = Detector::new(Config::default());
    let mut anomalies = Vec::new();
    for e in events {
        let bytes = serde_json::to_vec(&e).unwrap();
        let (v, f) = wire::parse(Some(&bytes), None).unwrap();
        d.process(&v, f, 0, &mut anomalies);
    }
    d.flush(0, &mut anomalies);
    assert_eq!(anomalies.len(), 2);
    let a: Vec<Value> = anomalies
        .iter()
        .map(|a| serde_json::to_value(a).unwrap())
        .collect();
    check("anomalies", &a);

    let opened: Vec<_> = anomalies
        .iter()
        .map(|a| alerts::open_alert(a, Utc::now()))
        .collect();
    check(
        "operator_alerts",
        &opened
            .iter()
            .map(|a| serde_json::to_value(a).unwrap())
            .collect::<Vec<_>>(),
    );
    let action = OperatorAction {
        action_id: "a1".into(),
        alert_id: opened[0].alert_id.clone(),
        vehicle_id: opened[0].vehicle_id.clone(),
        operator_id: "alice".into(),
        action_type: ActionType::Acknowledge,
        processing_time: Utc::now(),
        metadata: ActionMetadata {
            comment: Some("on it".into()),
        },
    };
    check("operator_actions", &[serde_json::to_value(action).unwrap()]);
}

/// The safety monitor's anomalies (every kind it finds) match the same schema as the
/// detector's, and open alerts that match theirs.
#[test]
fn safety_monitor_anomalies_match_the_published_schema() {
    use crate::model::fleet::{RobotStatus, SafetyTelemetry};
    use crate::roles::safety_monitor::{anomaly, patterns::Patterns, rules::Thresholds};
    let reading = |seq: u64, vibration: f64, draw: f64| SafetyTelemetry {
        robot_id: "robot-0001".into(),
        zone: "zone-1".into(),
        seq,
        ts_ms: 1_700_000_000_000 + seq as i64 * 1000,
        temperature_c: if seq == 9 { 131.0 } else { 40.0 },
        vibration_mm_s: vibration,
        energy_draw_w: draw,
        radiation_usv_h: if seq == 9 { 900.0 } else { 50.0 },
        obstacle_distance_m: if seq == 9 { 0.2 } else { 20.0 },
        tilt_deg: if seq == 9 { 40.0 } else { 2.0 },
        status: Some(RobotStatus::Idle),
    };
    let (rules, mut patterns) = (Thresholds::default(), Patterns::default());
    let mut found = Vec::new();
    for seq in 0..10 {
        let t = reading(
            seq,
            10.0 + seq as f64 * 2.0,
            if seq == 9 { 2500.0 } else { 25.0 },
        );
        let mut f: Vec<_> = rules.evaluate(&t).iter().map(|v| v.finding()).collect();
        f.extend(patterns.observe(&t));
        found.extend(f.iter().map(|f| anomaly(&t, f, 0)));
    }
    let mut kinds: Vec<&str> = found.iter().map(|a| a.anomaly_type.as_str()).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "energy_pattern",
            "obstacle_distance",
            "radiation",
            "temperature",
            "tilt",
            "vibration",
            "vibration_trend"
        ]
    );
    let values: Vec<Value> = found
        .iter()
        .map(|a| serde_json::to_value(a).unwrap())
        .collect();
    check("anomalies", &values);
    let opened: Vec<Value> = found
        .iter()
        .map(|a| serde_json::to_value(alerts::open_alert(a, Utc::now())).unwrap())
        .collect();
    check("operator_alerts", &opened);
}
