//! Turns dataset rows into `raw_telemetry` events: derives missing velocities, accelerations
//! and yaw rates per vehicle, in event-time order, whatever order the file has.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::dataset::Row;
use crate::model::anomaly::{Motion, RawTelemetry, ReplayMetadata, Telemetry, Vec3};

/// Physical state for each row, same order as `rows` (`vehicle_ids` holds each row's vehicle).
pub fn derive(rows: &[Row], vehicle_ids: &[String]) -> Vec<Telemetry> {
    let mut by_vehicle: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, v) in vehicle_ids.iter().enumerate().take(rows.len()) {
        by_vehicle.entry(v).or_default().push(i);
    }
    let mut out: Vec<Option<Telemetry>> = vec![None; rows.len()];
    for idx in by_vehicle.values_mut() {
        // Stable sort: rows with equal timestamps (duplicates) keep file order.
        idx.sort_by_key(|&i| rows[i].timestamp_ns);
        let vel: Vec<(f64, f64)> = (0..idx.len()).map(|k| velocity(rows, idx, k)).collect();
        let mut prev: Option<usize> = None;
        for (k, &i) in idx.iter().enumerate() {
            let r = &rows[i];
            let (vx, vy) = vel[k];
            let (mut ax, mut ay, mut yaw_rate) = (0.0, 0.0, 0.0);
            if let Some(p) = prev {
                let dt = secs(rows[idx[p]].timestamp_ns, r.timestamp_ns);
                if dt > 0.0 {
                    ax = (vx - vel[p].0) / dt;
                    ay = (vy - vel[p].1) / dt;
                    yaw_rate = wrap_angle(r.yaw - rows[idx[p]].yaw) / dt;
                }
            }
            if prev.is_none_or(|p| rows[idx[p]].timestamp_ns < r.timestamp_ns) {
                prev = Some(k);
            }
            out[i] = Some(Telemetry {
                position: Vec3 {
                    x: r.x,
                    y: r.y,
                    z: r.z.unwrap_or(0.0),
                },
                velocity: Motion::new(vx, vy, 0.0),
                acceleration: Motion::new(ax, ay, 0.0),
                yaw: r.yaw,
                yaw_rate,
                label_probability: r.label_probability,
                track_length: r.track_length,
            });
        }
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

impl Default for Telemetry {
    fn default() -> Self {
        Telemetry {
            position: Vec3::default(),
            velocity: Motion::default(),
            acceleration: Motion::default(),
            yaw: 0.0,
            yaw_rate: 0.0,
            label_probability: None,
            track_length: None,
        }
    }
}

/// The recorded velocity, or one derived from the neighbouring positions of the same track.
fn velocity(rows: &[Row], idx: &[usize], k: usize) -> (f64, f64) {
    let r = &rows[idx[k]];
    if let (Some(vx), Some(vy)) = (r.vx, r.vy) {
        return (vx, vy);
    }
    let diff = |a: &Row, b: &Row| {
        let dt = secs(a.timestamp_ns, b.timestamp_ns);
        (dt > 0.0).then(|| ((b.x - a.x) / dt, (b.y - a.y) / dt))
    };
    let back = idx[..k].iter().rev().find_map(|&j| diff(&rows[j], r));
    // A track's first frame has no predecessor: the forward difference is the best estimate.
    back.or_else(|| idx[k + 1..].iter().find_map(|&j| diff(r, &rows[j])))
        .unwrap_or((0.0, 0.0))
}

fn secs(from_ns: i64, to_ns: i64) -> f64 {
    (to_ns - from_ns) as f64 / 1e9
}

fn wrap_angle(a: f64) -> f64 {
    let two_pi = std::f64::consts::TAU;
    let w = (a + std::f64::consts::PI).rem_euclid(two_pi) - std::f64::consts::PI;
    if w.is_finite() {
        w
    } else {
        0.0
    }
}

/// Event time from nanoseconds since the epoch.
pub fn event_time(ns: i64) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp_nanos(ns)
}

/// The `raw_telemetry` event of a row in one loop of one session.
pub fn event(
    row: &Row,
    telemetry: &Telemetry,
    meta: &ReplayMetadata,
    loop_index: u64,
    shift_ns: i64,
) -> RawTelemetry {
    event_of(row.vehicle_id(), row, telemetry, meta, loop_index, shift_ns)
}

/// [`event`] with the vehicle id already worked out (the replay computes it once per row).
pub fn event_of(
    vehicle_id: String,
    row: &Row,
    telemetry: &Telemetry,
    meta: &ReplayMetadata,
    loop_index: u64,
    shift_ns: i64,
) -> RawTelemetry {
    let frame = row.frame_index.to_string();
    let lap = loop_index.to_string();
    RawTelemetry {
        event_id: crate::model::anomaly::stable_id(&[
            &meta.replay_session_id,
            &lap,
            &vehicle_id,
            &frame,
        ]),
        scene_id: row.scene_id.clone(),
        track_id: row.track_id.clone(),
        event_time: event_time(row.timestamp_ns.saturating_add(shift_ns)),
        processing_time: Utc::now(),
        frame_index: row.frame_index,
        telemetry: telemetry.clone(),
        metadata: meta.clone(),
        vehicle_id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(frame: u64, t_ms: i64, x: f64, vx: Option<f64>) -> Row {
        Row {
            line: frame + 2,
            scene_id: "s".into(),
            track_id: "1".into(),
            frame_index: frame,
            timestamp_ns: t_ms * 1_000_000,
            x,
            y: 0.0,
            z: None,
            vx,
            vy: vx.map(|_| 0.0),
            yaw: 0.0,
            label_probability: None,
            object_type: "car".into(),
            track_length: None,
        }
    }

    #[test]
    fn derives_velocity_and_acceleration_in_time_order() {
        // File order shuffled: frame 2 before frame 1.
        let rows = vec![
            row(0, 0, 0.0, None),
            row(2, 200, 3.0, None),
            row(1, 100, 1.0, None),
        ];
        let t = derive(&rows, &crate::dataset::vehicle_ids(&rows));
        assert!((t[0].velocity.x - 10.0).abs() < 1e-9, "forward difference");
        assert!((t[2].velocity.x - 10.0).abs() < 1e-9);
        assert!((t[1].velocity.x - 20.0).abs() < 1e-9);
        assert!((t[1].acceleration.x - 100.0).abs() < 1e-9);
        assert!((t[2].acceleration.x).abs() < 1e-9);
    }

    #[test]
    fn recorded_velocity_wins() {
        let rows = vec![row(0, 0, 0.0, Some(5.0)), row(1, 100, 9.0, Some(4.0))];
        let t = derive(&rows, &crate::dataset::vehicle_ids(&rows));
        assert_eq!(t[1].velocity.x, 4.0);
        assert!((t[1].acceleration.x + 10.0).abs() < 1e-9);
    }
}
