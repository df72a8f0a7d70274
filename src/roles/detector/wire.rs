//! Reading `raw_telemetry` records for the detector. Only the fields the rules use are decoded;
//! the rest must be present but are skipped unparsed, because decoding whole messages (every
//! string allocated, both timestamps parsed) would cost more than the detection itself.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::core::Frame;
use crate::model::anomaly::RawTelemetry;
use crate::schemas::wire::Decoder;

/// The parts of a raw_telemetry message the detector reads.
#[derive(Deserialize)]
struct View<'a> {
    /// Event id, borrowed from the record when it has no escapes.
    #[serde(borrow)]
    event_id: Cow<'a, str>,
    /// Vehicle id, borrowed likewise.
    #[serde(borrow)]
    vehicle_id: Cow<'a, str>,
    /// Required, not used.
    #[allow(dead_code)]
    scene_id: IgnoredAny,
    /// Required, not used.
    #[allow(dead_code)]
    track_id: IgnoredAny,
    /// When the frame was observed.
    event_time: DateTime<Utc>,
    /// Required, not used.
    #[allow(dead_code)]
    processing_time: IgnoredAny,
    /// Frame number.
    frame_index: u64,
    /// Physical state.
    telemetry: TelemetryView,
    /// Required, not used.
    #[allow(dead_code)]
    metadata: IgnoredAny,
}

/// The parts of `telemetry` the rules use.
#[derive(Deserialize)]
struct TelemetryView {
    /// Position.
    position: Xy,
    /// Velocity with its magnitude.
    velocity: Velocity,
    /// Label confidence (null when unknown).
    label_probability: Option<f64>,
}

/// x and y of a vector (z is skipped).
#[derive(Deserialize)]
struct Xy {
    /// x.
    x: f64,
    /// y.
    y: f64,
}

/// A velocity as on the wire.
#[derive(Deserialize)]
struct Velocity {
    /// x.
    x: f64,
    /// y.
    y: f64,
    /// Speed.
    magnitude: f64,
}

/// The record's value as plain JSON: as it is, or, for a record in the Confluent wire format
/// (`replay dataset --value-format json-sr|avro-sr`), decoded through the registry and written
/// again as JSON (the framed path pays that; the plain one pays nothing). The error is the dead
/// letter's class and message.
pub fn as_json<'a>(
    decoder: &Decoder,
    payload: Option<&'a [u8]>,
) -> Result<Option<Cow<'a, [u8]>>, (&'static str, String)> {
    match payload {
        Some(bytes) if crate::schemas::wire::unframe(bytes).is_some() => {
            let event: RawTelemetry = decoder.decode(bytes).map_err(|u| {
                (
                    u.class,
                    format!("not a raw_telemetry message: {}", u.message),
                )
            })?;
            let json = serde_json::to_vec(&event)
                .map_err(|e| ("malformed", format!("not a raw_telemetry message: {e}")))?;
            Ok(Some(Cow::Owned(json)))
        }
        other => Ok(other.map(Cow::Borrowed)),
    }
}

/// Decodes a record into its vehicle id and frame, or says why it cannot be used. This is the
/// detector's only way in: the tests and the benchmark feed it serialized events too.
pub fn parse(
    payload: Option<&[u8]>,
    source: Option<(i32, i64)>,
) -> Result<(Cow<'_, str>, Frame), String> {
    let bytes = payload.ok_or_else(|| "empty payload".to_string())?;
    let v: View<'_> =
        serde_json::from_slice(bytes).map_err(|e| format!("not a raw_telemetry message: {e}"))?;
    if v.vehicle_id.is_empty() || v.event_id.is_empty() {
        return Err("vehicle_id and event_id must not be empty".into());
    }
    let event_time_ns = v
        .event_time
        .timestamp_nanos_opt()
        .ok_or_else(|| "event_time is out of range".to_string())?;
    let t = v.telemetry;
    let finite = [
        t.position.x,
        t.position.y,
        t.velocity.x,
        t.velocity.y,
        t.velocity.magnitude,
    ];
    if finite.iter().any(|x| !x.is_finite()) {
        return Err("position and velocity must be finite numbers".into());
    }
    let frame = Frame {
        event_id: v.event_id.into_owned(),
        event_time_ns,
        frame_index: v.frame_index,
        speed: t.velocity.magnitude,
        x: t.position.x,
        y: t.position.y,
        vx: t.velocity.x,
        vy: t.velocity.y,
        label_probability: t.label_probability,
        source,
    };
    Ok((v.vehicle_id, frame))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::anomaly::{Motion, RawTelemetry, ReplayMetadata, Telemetry, Vec3};

    fn sample() -> RawTelemetry {
        RawTelemetry {
            event_id: "e\"1".into(),
            vehicle_id: "s_track_1".into(),
            scene_id: "s".into(),
            track_id: "1".into(),
            event_time: DateTime::<Utc>::from_timestamp_nanos(1_700_000_000_123_456_789),
            processing_time: Utc::now(),
            frame_index: 7,
            telemetry: Telemetry {
                position: Vec3 {
                    x: 1.0,
                    y: 2.0,
                    z: 0.0,
                },
                velocity: Motion::new(3.0, 4.0, 0.0),
                acceleration: Motion::default(),
                yaw: 0.0,
                yaw_rate: 0.0,
                label_probability: None,
                track_length: Some(3),
            },
            metadata: ReplayMetadata {
                replay_session_id: "r".into(),
                replay_rate: 1.0,
            },
        }
    }

    #[test]
    fn reads_the_fields_the_rules_use() {
        let e = sample();
        let bytes = serde_json::to_vec(&e).unwrap();
        let (vehicle, f) = parse(Some(&bytes), Some((1, 2))).unwrap();
        assert_eq!(vehicle, "s_track_1");
        assert_eq!(f.event_id, "e\"1", "escaped strings are decoded");
        assert_eq!(f.event_time_ns, 1_700_000_000_123_456_789);
        assert_eq!(
            (f.frame_index, f.x, f.y, f.vx, f.vy),
            (7, 1.0, 2.0, 3.0, 4.0)
        );
        assert_eq!(f.speed, 5.0);
        assert_eq!(f.label_probability, None);
        assert_eq!(f.source, Some((1, 2)));
    }

    #[test]
    fn rejects_what_is_not_raw_telemetry() {
        assert!(parse(None, None).is_err());
        assert!(parse(Some(b"{}"), None).is_err());
        assert!(parse(Some(b"not json"), None).is_err());
        let mut v = serde_json::to_value(sample()).unwrap();
        v.as_object_mut().unwrap().remove("metadata");
        assert!(parse(Some(v.to_string().as_bytes()), None)
            .unwrap_err()
            .contains("metadata"));
    }
}
