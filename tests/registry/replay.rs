//! Dataset rows replayed in the Confluent wire format (Avro), read by the anomaly detector: the
//! same anomalies as from plain JSON, and a framed row with an unknown schema id in the DLQ.

use fleetctl::catalog::names;
use fleetctl::schemas::wire::header;

use crate::anomaly::{fixture, setup};
use crate::support::kafka::{produce, read_all};

#[test]
fn avro_rows_replayed_reach_the_detector() {
    crate::needs_broker!();
    let Some(url) = super::registry() else { return };
    let csv = fixture("hard_braking.csv");
    // The same recording through each format, each in a fleet of its own.
    let anomalies = |format: &str| -> (crate::support::World, serde_json::Value) {
        let w = setup(&format!("replay-{format}"));
        let sent: serde_json::Value = w
            .kafka()
            .env("SCHEMA_REGISTRY_URL", &url)
            .args(["--format", "json", "replay", "dataset", &csv, "--rate", "0"])
            .args(["--value-format", format])
            .run()
            .expect(0)
            .json();
        assert!(sent["delivered"].as_u64() > Some(0), "{sent}");
        if format == "avro-sr" {
            // One framed row the registry has never heard of.
            let mut unknown = header(999_998).to_vec();
            unknown.extend_from_slice(b"\x02x");
            produce(
                &w,
                names::RAW_TELEMETRY,
                &[(Some("veh-x".into()), Some(unknown))],
            );
        }
        let found: serde_json::Value = w
            .kafka()
            .env("SCHEMA_REGISTRY_URL", &url)
            .args(["--format", "json", "run", "anomaly-detector"])
            .args(["--idle-exit", "2s", "--group", "avro-replay"])
            .run()
            .expect(0)
            .json();
        (w, found)
    };
    let (_, plain) = anomalies("json");
    let (w, avro) = anomalies("avro-sr");
    let rows = read_all(&w, names::RAW_TELEMETRY);
    assert!(
        rows.iter().all(|r| r.bytes()[0] == 0),
        "every replayed row is framed"
    );
    assert!(plain["anomalies"].as_u64() >= Some(1), "{plain}");
    assert_eq!(avro["anomalies"], plain["anomalies"], "{avro} {plain}");
    assert_eq!(avro["malformed"], 1, "{avro}");
    let dlq = read_all(&w, names::DLQ);
    assert_eq!(dlq.len(), 1);
    assert_eq!(
        dlq[0].header("fleetctl.error.class"),
        Some("unknown_schema")
    );
}
