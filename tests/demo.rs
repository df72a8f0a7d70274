//! `fleetctl demo` on its embedded broker (librdkafka's mock, in-process): the staged safety
//! event and a bundled recording both end as operator alerts, one per anomaly.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::World;

#[test]
fn demo_shows_safety_events_and_recorded_anomalies_becoming_alerts() {
    let w = World::new("demo");
    let rows: Vec<Value> = w
        .cmd()
        .args([
            "--format",
            "json",
            "demo",
            "--duration",
            "15s",
            "--robots",
            "100",
        ])
        .run()
        .expect(0)
        .json();
    let m: BTreeMap<String, u64> = rows
        .iter()
        .map(|r| {
            assert_eq!(r["type"], "demo_metric");
            (
                r["metric"].as_str().unwrap().to_string(),
                r["value"].as_u64().unwrap(),
            )
        })
        .collect();
    let safety = m["anomalies (safety monitor)"];
    let detected = m["anomalies (detector, replayed recording)"];
    assert!(safety > 0, "{m:?}");
    assert_eq!(detected, 1, "the recording's hard braking: {m:?}");
    assert_eq!(
        m["operator alerts opened (both sources)"],
        safety + detected,
        "one alert per anomaly: {m:?}"
    );
    assert!(m["fleet halts (safety monitor)"] >= 1, "{m:?}");
}
