//! The anomaly pipeline against a real broker: replay pacing and order, duplicates and late
//! frames, the detector's anomalies, the DLQ, the operator service and the alert life cycle.

mod alerts;
mod chain;
pub(crate) mod kafka;

use serde_json::Value;

use crate::support::{repo_root, World};

pub(crate) fn fixture(name: &str) -> String {
    repo_root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

pub(crate) fn setup(tag: &str) -> World {
    let w = World::new(tag);
    w.kafka()
        .args(["-q", "--format", "json", "topics", "create"])
        .run()
        .expect(0);
    w
}

pub(crate) fn replay(w: &World, args: &[&str]) -> Value {
    let out = w
        .kafka()
        .args(["--format", "json", "replay", "dataset"])
        .args(args)
        .run()
        .expect(0);
    out.json()
}

pub(crate) fn detect(w: &World, group: &str) -> Value {
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "anomaly-detector",
            "--idle-exit",
            "2s",
            "--group",
            group,
        ])
        .run()
        .expect(0);
    out.json()
}

#[test]
fn replay_at_rate_10_keeps_every_row_keyed_in_order_and_paced() {
    crate::needs_broker!();
    let w = setup("pace");
    let s = replay(&w, &[&fixture("hard_braking.csv"), "--rate", "10"]);
    assert_eq!(s["type"], "replay_summary");
    assert_eq!(s["rows_read"], 200);
    assert_eq!(s["sent"], 200);
    assert_eq!(s["delivered"], 200);
    assert_eq!(s["failed"], 0);
    let span = s["event_span_s"].as_f64().unwrap();
    assert!((span - 9.9).abs() < 1e-6);
    let elapsed = s["elapsed_s"].as_f64().unwrap();
    // Generous: the 1 % target is measured by scripts/bench-anomaly.sh, not asserted on a busy CI box.
    assert!(
        (elapsed - span / 10.0).abs() < 0.5,
        "wall {elapsed}s vs span/10 {}s",
        span / 10.0
    );

    let records = kafka::read(&w.topic("raw_telemetry"));
    assert_eq!(records.len(), 200);
    kafka::assert_schema("raw_telemetry", &records);
    let mut last: std::collections::BTreeMap<String, (i32, i64)> = Default::default();
    for r in &records {
        assert_eq!(
            r.key,
            r.value["vehicle_id"].as_str().unwrap(),
            "keyed by vehicle_id"
        );
        let frame = r.value["frame_index"].as_i64().unwrap();
        if let Some((p, prev)) = last.insert(r.key.clone(), (r.partition, frame)) {
            assert_eq!(p, r.partition, "one vehicle, one partition");
            assert!(frame > prev, "in order per vehicle");
        }
        assert_eq!(r.value["metadata"]["replay_rate"], 10.0);
        assert_eq!(
            r.value["metadata"]["replay_session_id"],
            s["replay_session_id"]
        );
    }
    assert_eq!(last.len(), 2);
    assert!(last.contains_key("hb_ego") && last.contains_key("hb_track_1"));
}

#[test]
fn duplicates_sent_once_late_frames_dropped_and_malformed_to_dlq() {
    crate::needs_broker!();
    let w = setup("dups");
    let s = replay(
        &w,
        &[
            &fixture("shuffled.csv"),
            "--rate",
            "0",
            "--session-id",
            "sess-a",
        ],
    );
    assert_eq!(s["rows_read"], 22);
    assert_eq!(s["sent"], 20, "duplicate rows are sent once");
    assert_eq!(s["duplicates_dropped"], 2);
    // The same session again: same event ids, which the detector drops within its 60 s window.
    replay(
        &w,
        &[
            &fixture("shuffled.csv"),
            "--rate",
            "0",
            "--session-id",
            "sess-a",
        ],
    );
    kafka::produce_raw(
        &w.topic("raw_telemetry"),
        "sh_track_5",
        b"{\"not\": \"telemetry\"}",
    );

    let group = format!("{}det", w.prefix);
    let d = detect(&w, &group);
    assert_eq!(d["type"], "detector_summary");
    assert_eq!(d["consumed"], 41);
    assert_eq!(d["duplicates"], 20);
    assert_eq!(
        d["late_dropped"], 1,
        "frame 12 arrives 4 frames late; 3 and 7 are reordered"
    );
    assert_eq!(d["malformed"], 1);
    assert_eq!(d["anomalies"], 0);

    let dlq = kafka::read(&w.topic("robot-commands-dlq"));
    assert_eq!(dlq.len(), 1);
    assert_eq!(dlq[0].raw, b"{\"not\": \"telemetry\"}");
    // The same dead-letter headers as every role's: `dlq replay` can route it back.
    let h = &dlq[0].headers;
    assert_eq!(h["fleetctl.error.class"], "malformed", "{h:?}");
    assert!(
        h["fleetctl.error.message"].contains("raw_telemetry"),
        "{h:?}"
    );
    assert_eq!(h["fleetctl.dlq.original.topic"], w.topic("raw_telemetry"));
    assert_eq!(h["fleetctl.dlq.stage"], "decode");

    // Offsets were committed: the same group has nothing left to read.
    let again = detect(&w, &group);
    assert_eq!(again["consumed"], 0);
}

#[test]
fn detector_commits_and_resumes() {
    crate::needs_broker!();
    let w = setup("resume");
    replay(&w, &[&fixture("smooth_stop.jsonl"), "--rate", "0"]);
    let group = format!("{}det", w.prefix);
    let first = detect(&w, &group);
    assert_eq!(first["consumed"], 100);
    assert_eq!(first["anomalies"], 0, "a smooth stop is not an anomaly");
    let second = detect(&w, &group);
    assert_eq!(second["consumed"], 0, "offsets committed after processing");
}

#[test]
fn bad_rows_are_reported_and_skipped_or_stop_with_strict() {
    crate::needs_broker!();
    let w = setup("bad");
    let out = w
        .kafka()
        .args(["--format", "json", "replay", "dataset", "--rate", "0"])
        .arg(fixture("bad_rows.csv"))
        .arg(fixture("bad_rows.jsonl"))
        .run()
        .expect(0);
    let s: Value = out.json();
    assert_eq!(s["bad_rows"], 5);
    assert_eq!(s["sent"], 7, "5 good CSV rows and 2 good JSONL rows");
    for needle in [
        "bad_rows.csv:4:",
        "bad_rows.csv:6:",
        "bad_rows.csv:8:",
        "bad_rows.jsonl:2:",
        "bad_rows.jsonl:3:",
    ] {
        assert!(
            out.stderr.contains(needle),
            "{needle} missing from:\n{}",
            out.stderr
        );
    }
    let out = w
        .kafka()
        .args(["replay", "dataset", "--strict", "--rate", "0"])
        .arg(fixture("bad_rows.csv"))
        .run()
        .expect(2);
    assert!(out.stderr.contains("bad_rows.csv:4:"), "{}", out.stderr);
    assert_eq!(
        kafka::read(&w.topic("raw_telemetry")).len(),
        7,
        "--strict sent nothing"
    );
    w.kafka()
        .args(["replay", "dataset", "--rate", "0", "data.txt"])
        .run()
        .expect(2);
    let bare = World::new("notopics");
    let out = bare
        .kafka()
        .args(["replay", "dataset"])
        .arg(fixture("smooth_stop.jsonl"))
        .run()
        .expect(6);
    assert!(out.stderr.contains("topics create"), "{}", out.stderr);
}

#[test]
fn detector_stops_cleanly_on_sigterm() {
    crate::needs_broker!();
    let w = setup("term");
    replay(&w, &[&fixture("hard_braking.csv"), "--rate", "0"]);
    let group = format!("{}det", w.prefix);
    let child = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "anomaly-detector",
            "--group",
            &group,
        ])
        .spawn();
    // Not a timed assertion: however much it read before the signal, the totals below must hold.
    std::thread::sleep(std::time::Duration::from_secs(4));
    let out = crate::support::terminate(child);
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(first["interrupted"], true);
    let second = detect(&w, &group);
    let total = |k: &str| first[k].as_u64().unwrap() + second[k].as_u64().unwrap();
    assert_eq!(
        total("consumed"),
        200,
        "committed on stop: nothing lost, nothing read twice"
    );
    assert!(total("anomalies") >= 1);
    let anomalies = kafka::read(&w.topic("anomalies"));
    assert_eq!(
        anomalies.len() as u64,
        total("anomalies"),
        "every anomaly was flushed"
    );
}

#[test]
fn replay_loop_repeats_with_new_event_ids_until_interrupted() {
    crate::needs_broker!();
    let w = setup("loop");
    let args = [
        "--format", "json", "replay", "dataset", "--loop", "--rate", "100",
    ];
    let child = w.kafka().args(args).arg(fixture("shuffled.csv")).spawn();
    std::thread::sleep(std::time::Duration::from_secs(2));
    let out = crate::support::terminate(child);
    assert_eq!(out.status.code(), Some(130));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["interrupted"], true);
    assert!(s["loops"].as_u64().unwrap() >= 2, "{s}");
    assert_eq!(s["delivered"], s["sent"], "flushed before exiting");
    let records = kafka::read(&w.topic("raw_telemetry"));
    assert_eq!(Value::from(records.len()), s["sent"]);
    let ids: std::collections::HashSet<&str> = records
        .iter()
        .map(|r| r.value["event_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), records.len(), "each pass has its own event ids");
    let times: Vec<chrono::DateTime<chrono::FixedOffset>> = records
        .iter()
        .filter(|r| r.value["frame_index"] == 0)
        .map(|r| r.value["event_time"].as_str().unwrap())
        .map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap())
        .collect();
    assert!(
        times.windows(2).all(|t| t[0] < t[1]),
        "event time keeps rising across passes: {times:?}"
    );
}
