//! The detector core on the generated fixtures: one anomaly per physical event, none on a
//! smooth stop, reordering within two frames, dropping later ones, deduplication.

use std::path::PathBuf;

use super::core::{Config, Detector, Frame, Outcome};
use crate::dataset::{read_file, InputFormat};
use crate::model::anomaly::{Anomaly, AnomalyType, ReplayMetadata, Severity};
use crate::roles::telemetry;

fn frames(name: &str) -> Vec<(String, Frame)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let format = InputFormat::from_path(&path).unwrap();
    let read = read_file(&path, format).unwrap();
    let t = telemetry::derive(&read.rows, &crate::dataset::vehicle_ids(&read.rows));
    let meta = ReplayMetadata {
        replay_session_id: "s".into(),
        replay_rate: 0.0,
    };
    read.rows
        .iter()
        .zip(&t)
        .map(|(r, t)| decode(&telemetry::event(r, t, &meta, 0, 0)))
        .collect()
}

/// Through the wire, as the service sees it.
fn decode(e: &crate::model::anomaly::RawTelemetry) -> (String, Frame) {
    let bytes = serde_json::to_vec(e).unwrap();
    let (v, f) = super::wire::parse(Some(&bytes), None).unwrap();
    (v.into_owned(), f)
}

fn run(name: &str) -> (Detector, Vec<Anomaly>, Vec<Outcome>) {
    let mut d = Detector::new(Config::default());
    let mut out = Vec::new();
    let outcomes = frames(name)
        .into_iter()
        .enumerate()
        .map(|(i, (v, f))| d.process(&v, f, 1_000 + i as u64, &mut out))
        .collect();
    d.flush(5_000, &mut out);
    (d, out, outcomes)
}

#[test]
fn hard_braking_gives_exactly_one_sudden_deceleration() {
    let (_, out, _) = run("hard_braking.csv");
    assert_eq!(out.len(), 1, "{out:#?}");
    let a = &out[0];
    assert_eq!(a.anomaly_type, AnomalyType::SuddenDeceleration);
    assert_eq!(a.vehicle_id, "hb_track_1");
    assert_eq!(
        a.severity,
        Severity::Critical,
        "12 m/s² is over twice 3 m/s²"
    );
    assert!(a.features["deceleration_mps2"] > 11.0);
    assert!(a.features["speed_drop_mps"] > 5.0);
    assert_eq!(a.thresholds["deceleration_mps2"], 3.0);
    assert_eq!(a.evidence.frame_indices.len(), 10);
    assert_eq!(a.evidence.velocity_history.len(), 10);
    assert!(a.evidence.acceleration_history.iter().any(|&x| x < -11.0));
    let first = a
        .evidence
        .velocity_history
        .first()
        .copied()
        .unwrap_or_default();
    let last = a
        .evidence
        .velocity_history
        .last()
        .copied()
        .unwrap_or_default();
    assert!(first - last > 5.0);
}

#[test]
fn smooth_stop_gives_none() {
    let (_, out, _) = run("smooth_stop.jsonl");
    assert!(out.is_empty(), "{out:#?}");
}

#[test]
fn jittery_track_gives_one_perception_instability() {
    let (_, out, _) = run("jittery.csv");
    assert_eq!(out.len(), 1, "{out:#?}");
    assert_eq!(out[0].anomaly_type, AnomalyType::PerceptionInstability);
    assert_eq!(out[0].vehicle_id, "jt_track_ped-3");
    assert!(out[0].features["label_probability_swing"] > 0.4);
}

#[test]
fn reorders_within_two_frames_and_drops_later_ones() {
    let (d, out, outcomes) = run("shuffled.csv");
    assert!(out.is_empty());
    let c = d.counters();
    assert_eq!(c.duplicates, 2);
    assert_eq!(c.late, 1, "frame 12 arrives 4 frames late");
    assert_eq!(outcomes.iter().filter(|o| **o == Outcome::Late).count(), 1);
    assert_eq!(c.accepted, 19);
}

#[test]
fn duplicates_are_forgotten_after_the_window() {
    let mut d = Detector::new(Config::default());
    let mut out = Vec::new();
    let all = frames("smooth_stop.jsonl");
    let (v, f) = all[0].clone();
    assert_eq!(d.process(&v, f.clone(), 0, &mut out), Outcome::Accepted);
    assert_eq!(
        d.process(&v, f.clone(), 59_999, &mut out),
        Outcome::Duplicate
    );
    // Seen again after 60 s: no longer a duplicate, but it is older than nothing released yet.
    assert_eq!(d.process(&v, f, 60_001, &mut out), Outcome::Accepted);
}

#[test]
fn same_physical_event_rearms_only_after_calm_frames() {
    let (_, once, _) = run("hard_braking.csv");
    // Replaying the same event later (new event ids, shifted time) is a new physical event.
    let mut d = Detector::new(Config::default());
    let mut out = Vec::new();
    let meta = ReplayMetadata {
        replay_session_id: "s".into(),
        replay_rate: 0.0,
    };
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hard_braking.csv");
    let read = read_file(&path, InputFormat::Csv).unwrap();
    let t = telemetry::derive(&read.rows, &crate::dataset::vehicle_ids(&read.rows));
    for lap in 0..2u64 {
        for (r, t) in read.rows.iter().zip(&t) {
            let e = telemetry::event(r, t, &meta, lap, lap as i64 * 20_000_000_000);
            let (v, f) = decode(&e);
            d.process(&v, f, 0, &mut out);
        }
    }
    d.flush(0, &mut out);
    assert_eq!(out.len(), 2 * once.len());
    assert_ne!(out[0].anomaly_id, out[1].anomaly_id);
}

#[test]
fn pending_frames_hold_back_their_offsets() {
    let mut d = Detector::new(Config::default());
    let mut out = Vec::new();
    for (i, (v, mut f)) in frames("smooth_stop.jsonl").into_iter().take(5).enumerate() {
        f.source = Some((0, i as i64));
        d.process(&v, f, 0, &mut out);
    }
    let mut pending: Vec<_> = d.pending_sources().collect();
    pending.sort();
    assert_eq!(pending, vec![(0, 3), (0, 4)]);
    d.tick(10_000, &mut out);
    assert_eq!(
        d.pending_sources().count(),
        0,
        "idle vehicles are evaluated"
    );
}
