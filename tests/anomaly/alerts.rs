//! The whole pipeline on the fixtures, then the operator service and the alert life cycle:
//! open, ack, idempotent re-ack, resolve, no reopen, invalid transition, unknown id, history.

use serde_json::Value;

use super::{detect, fixture, kafka, replay, setup};
use crate::support::unique;

#[test]
fn pipeline_and_alert_life_cycle() {
    crate::needs_broker!();
    let w = setup("life");
    replay(
        &w,
        &[
            &fixture("hard_braking.csv"),
            &fixture("smooth_stop.jsonl"),
            &fixture("jittery.csv"),
            "--rate",
            "0",
        ],
    );
    let d = detect(&w, &unique("det"));
    assert_eq!(d["anomalies"], 2, "{d}");
    let anomalies = kafka::read(&w.topic("anomalies"));
    kafka::assert_schema("anomalies", &anomalies);
    let hb: Vec<&Value> = anomalies
        .iter()
        .map(|r| &r.value)
        .filter(|v| v["vehicle_id"] == "hb_track_1")
        .collect();
    assert_eq!(hb.len(), 1, "one hard-braking event, one anomaly");
    assert_eq!(hb[0]["anomaly_type"], "sudden_deceleration");
    assert_eq!(
        hb[0]["evidence"]["frame_indices"].as_array().unwrap().len(),
        10
    );
    assert!(hb[0]["features"]["deceleration_mps2"].as_f64().unwrap() > 3.0);
    assert!(
        anomalies
            .iter()
            .all(|r| r.value["vehicle_id"] != "ss_track_2"),
        "smooth stop: none"
    );
    assert!(anomalies
        .iter()
        .all(|r| r.key == r.value["vehicle_id"].as_str().unwrap()));

    // Garbage on the operator topics is skipped, never fatal.
    kafka::produce_raw(&w.topic("anomalies"), "x", b"not an anomaly");
    kafka::produce_raw(&w.topic("operator_alerts"), "x", b"{\"alert_id\": 1}");
    let group = format!("{}ops", w.prefix);
    let consume = |extra: &[&str]| {
        w.kafka()
            .args([
                "--format",
                "ndjson",
                "consume",
                "anomalies",
                "--exit-at-end",
                "--group",
                &group,
            ])
            .args(extra)
            .run()
            .expect(0)
            .ndjson()
    };
    let shown = consume(&["--from-beginning", "--type", "sudden_deceleration"]);
    assert_eq!(shown.len(), 1, "filtered by type");
    assert_eq!(shown[0]["type"], "anomaly");
    assert_eq!(shown[0]["vehicle_id"], "hb_track_1");
    let alert_id = shown[0]["opened_alert_id"].as_str().unwrap().to_string();
    assert!(
        consume(&[]).is_empty(),
        "the group's position was committed"
    );
    let again = consume(&["--from-beginning"]);
    assert_eq!(again.len(), 2);
    assert!(
        again.iter().all(|a| a["opened_alert_id"].is_null()),
        "one alert per anomaly"
    );
    let watch = |extra: &[&str]| {
        let mut c = w.kafka();
        c.args([
            "--format",
            "ndjson",
            "consume",
            "anomalies",
            "--exit-at-end",
            "--no-alerts",
        ]);
        c.arg("--group")
            .arg(unique("watch"))
            .args(extra)
            .run()
            .expect(0)
            .ndjson()
    };
    assert_eq!(watch(&["--since", "1h", "--max", "1"]).len(), 1, "--max");
    assert_eq!(
        watch(&["--since", "2099-01-01T00:00:00Z"]).len(),
        0,
        "--since in the future"
    );
    let jt = watch(&["--from-beginning", "--vehicle", "jt_track_ped-3"]);
    assert_eq!(jt.len(), 1);
    assert_eq!(jt[0]["anomaly_type"], "perception_instability");
    let crit = watch(&["--from-beginning", "--severity", "CRITICAL"]);
    assert!(crit.iter().all(|a| a["severity"] == "CRITICAL") && crit.len() == 1);

    let list = |status: &[&str]| -> Vec<Value> {
        let mut c = w.kafka();
        c.args(["--format", "json", "alerts", "list"]);
        for s in status {
            c.args(["--status", s]);
        }
        c.run().expect(0).json()
    };
    assert_eq!(list(&[]).len(), 2);
    assert_eq!(list(&["OPEN"]).len(), 2);
    let other = list(&[])
        .into_iter()
        .find(|a| a["alert_id"] != alert_id.as_str())
        .unwrap();
    let other_id = other["alert_id"].as_str().unwrap().to_string();

    let act = |verb: &[&str], id: &str, code: i32| -> Option<Value> {
        let out = w
            .kafka()
            .env("FLEETCTL_OPERATOR", "alice")
            .args(["--format", "json"])
            .args(verb)
            .arg(id)
            .run()
            .expect(code);
        (code == 0).then(|| out.json())
    };
    let acked = act(&["ack", "alert"], &alert_id, 0).unwrap();
    assert_eq!(acked["changed"], true);
    assert_eq!(acked["alert"]["alert_status"], "ACKNOWLEDGED");
    assert_eq!(acked["alert"]["assigned_operator_id"], "alice");
    let re = act(&["ack", "alert"], &alert_id, 0).unwrap();
    assert_eq!(re["changed"], false, "re-ack is a no-op");
    assert_eq!(re["alert"]["alert_status"], "ACKNOWLEDGED");
    let resolved = w
        .kafka()
        .args([
            "--format",
            "json",
            "alerts",
            "resolve",
            &alert_id,
            "--operator",
            "bob",
            "--comment",
            "driver ok",
        ])
        .run()
        .expect(0);
    assert_eq!(
        resolved.json::<Value>()["alert"]["alert_status"],
        "RESOLVED"
    );
    act(&["ack", "alert"], &alert_id, 7);
    act(&["alerts", "dismiss"], &alert_id, 7);
    act(&["alerts", "resolve"], &other_id, 7);
    act(&["alerts", "intervene"], "no-such-alert", 6);
    w.kafka().args(["ack", "alert", &other_id]).run().expect(2);

    consume(&["--from-beginning"]);
    let states: Vec<Value> = list(&[]);
    assert_eq!(states.len(), 2, "no new alert for an old anomaly");
    let resolved = states
        .iter()
        .find(|a| a["alert_id"] == alert_id.as_str())
        .unwrap();
    assert_eq!(
        resolved["alert_status"], "RESOLVED",
        "a resolved alert never reopens"
    );

    let hist: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "alerts", "history", &alert_id])
        .run()
        .expect(0)
        .json();
    let steps: Vec<String> = hist
        .iter()
        .map(|h| {
            let what = h["action_type"]
                .as_str()
                .or(h["alert_status"].as_str())
                .unwrap();
            format!(
                "{}:{what}:{}",
                h["source"].as_str().unwrap(),
                h["operator_id"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            "state:OPEN:-",
            "action:ACKNOWLEDGE:alice",
            "state:ACKNOWLEDGED:alice",
            "action:RESOLVE:bob",
            "state:RESOLVED:bob"
        ]
    );
    assert_eq!(hist[3]["comment"], "driver ok");
    w.kafka()
        .args(["alerts", "history", "nope"])
        .run()
        .expect(6);

    let alert_records: Vec<_> = kafka::read(&w.topic("operator_alerts"))
        .into_iter()
        .filter(|r| r.key != "x")
        .collect();
    kafka::assert_schema("operator_alerts", &alert_records);
    kafka::assert_schema(
        "operator_actions",
        &kafka::read(&w.topic("operator_actions")),
    );
}
