//! Record values on the wire: plain JSON, or the Confluent wire format (magic byte 0, the
//! schema id as 4 big-endian bytes, then a JSON or Avro payload). Producers pick one format;
//! consumers look at each record and read all three, asking the registry for ids they have not
//! seen. Avro records are read with schema resolution: the writer's schema (from the registry)
//! against the reader's (the code's), so a newer reader reads older records.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{find, Kind};
use crate::error::{Error, Result};
use crate::registry::RegistryClient;

/// The byte a framed record starts with; a JSON object starts with `{` instead.
pub const MAGIC: u8 = 0;
/// Magic byte and schema id.
pub const HEADER_LEN: usize = 5;

/// How a producer writes record values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueFormat {
    /// Plain JSON, no registry involved.
    #[default]
    Json,
    /// JSON framed with the id of the topic's JSON Schema.
    JsonSr,
    /// Avro framed with the id of the topic's Avro schema.
    AvroSr,
}

impl ValueFormat {
    /// The schema language the format writes, `None` for plain JSON.
    pub fn kind(self) -> Option<Kind> {
        match self {
            ValueFormat::Json => None,
            ValueFormat::JsonSr => Some(Kind::Json),
            ValueFormat::AvroSr => Some(Kind::Avro),
        }
    }

    /// Name as on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueFormat::Json => "json",
            ValueFormat::JsonSr => "json-sr",
            ValueFormat::AvroSr => "avro-sr",
        }
    }
}

/// The 5-byte header carrying `id`.
pub fn header(id: u32) -> [u8; HEADER_LEN] {
    let b = id.to_be_bytes();
    [MAGIC, b[0], b[1], b[2], b[3]]
}

/// The schema id and payload of a framed record, `None` for anything else.
pub fn unframe(bytes: &[u8]) -> Option<(u32, &[u8])> {
    match bytes {
        [MAGIC, a, b, c, d, rest @ ..] => Some((u32::from_be_bytes([*a, *b, *c, *d]), rest)),
        _ => None,
    }
}

/// The header a producer puts before each value of `topic` (catalog name) in `format`: the id
/// of the code's schema under the topic's subject, registered there first if the subject lacks
/// it (as Confluent's serializers do by default). `None` for plain JSON.
pub fn producer_header(
    registry: Option<&RegistryClient>,
    prefix: &str,
    topic: &str,
    format: ValueFormat,
) -> Result<Option<[u8; HEADER_LEN]>> {
    let Some(kind) = format.kind() else {
        return Ok(None);
    };
    let schema = find(topic, kind).ok_or_else(|| {
        Error::usage(format!(
            "{topic} has no {kind:?} schema; --value-format {} does not apply",
            format.as_str()
        ))
    })?;
    let registry = registry.ok_or_else(|| {
        Error::usage(format!(
            "--value-format {} needs a schema registry: {}",
            format.as_str(),
            crate::registry::NO_REGISTRY_HELP
        ))
    })?;
    let subject = schema.subject(prefix);
    let id = match registry.lookup(&subject, kind, schema.text)? {
        Some(id) => id,
        None => registry.register(&subject, kind, schema.text)?,
    };
    Ok(Some(header(id)))
}

/// Encodes a value with an Avro schema, through apache-avro's generic path.
pub fn avro_datum<T: Serialize>(
    schema: &apache_avro::Schema,
    v: &T,
    out: &mut Vec<u8>,
) -> Result<()> {
    let value = apache_avro::to_value(v)
        .and_then(|x| x.resolve(schema))
        .map_err(|e| anyhow::anyhow!("cannot encode as Avro: {e}"))?;
    let bytes = apache_avro::to_avro_datum(schema, value)
        .map_err(|e| anyhow::anyhow!("cannot encode as Avro: {e}"))?;
    out.extend_from_slice(&bytes);
    Ok(())
}

/// Writes the values of one topic in one format: the framing, and Avro through apache-avro's
/// generic encoder (the simulator has a faster one of its own for its two reports).
#[derive(Debug, Default)]
pub struct Encoder {
    /// The framing header, `None` for plain JSON.
    header: Option<[u8; HEADER_LEN]>,
    /// The topic's Avro schema, for `avro-sr`.
    avro: Option<apache_avro::Schema>,
}

impl Encoder {
    /// An encoder for `topic` (catalog name) in `format`, its schema registered if missing.
    pub fn new(
        registry: Option<&RegistryClient>,
        prefix: &str,
        topic: &str,
        format: ValueFormat,
    ) -> Result<Self> {
        let header = producer_header(registry, prefix, topic, format)?;
        let avro = match (format, find(topic, Kind::Avro)) {
            (ValueFormat::AvroSr, Some(s)) => Some(
                apache_avro::Schema::parse_str(s.text)
                    .map_err(|e| anyhow::anyhow!("the Avro schema of {topic}: {e}"))?,
            ),
            _ => None,
        };
        Ok(Encoder { header, avro })
    }

    /// `v` in this format, written into `out` (cleared first).
    pub fn encode<T: Serialize>(&self, v: &T, out: &mut Vec<u8>) -> Result<()> {
        out.clear();
        if let Some(h) = &self.header {
            out.extend_from_slice(h);
        }
        match &self.avro {
            Some(schema) => avro_datum(schema, v, out),
            None => serde_json::to_writer(&mut *out, v)
                .map_err(|e| anyhow::anyhow!("cannot encode as JSON: {e}").into()),
        }
    }
}

/// Why a record could not be read: its dead letter's class and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undecodable {
    /// Stable class: `malformed`, `unknown_schema` or `schema_lookup_failed`.
    pub class: &'static str,
    /// What went wrong.
    pub message: String,
}

fn undecodable(class: &'static str, message: String) -> Undecodable {
    Undecodable { class, message }
}

/// Reads the values of one topic in any of the three formats.
pub struct Decoder {
    /// Where unknown ids are resolved; without one, framed records are undecodable.
    registry: Option<Arc<RegistryClient>>,
    /// The code's Avro schema of the topic, the reader's side of resolution.
    reader: Option<apache_avro::Schema>,
    /// Writer schemas parsed so far, by id.
    writers: Mutex<HashMap<u32, Arc<apache_avro::Schema>>>,
}

impl std::fmt::Debug for Decoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decoder")
            .field("registry", &self.registry)
            .finish_non_exhaustive()
    }
}

impl Decoder {
    /// A decoder for `topic` (catalog name).
    pub fn new(registry: Option<Arc<RegistryClient>>, topic: &str) -> Self {
        let reader =
            find(topic, Kind::Avro).and_then(|s| apache_avro::Schema::parse_str(s.text).ok());
        Decoder {
            registry,
            reader,
            writers: Mutex::default(),
        }
    }

    /// The value of a record, whatever its format.
    pub fn decode<T: DeserializeOwned>(&self, bytes: &[u8]) -> std::result::Result<T, Undecodable> {
        let Some((id, payload)) = unframe(bytes) else {
            return serde_json::from_slice(bytes)
                .map_err(|e| undecodable("malformed", e.to_string()));
        };
        let Some(registry) = &self.registry else {
            return Err(undecodable(
                "unknown_schema",
                format!("framed with schema id {id}, and no schema registry is configured"),
            ));
        };
        let schema = match registry.schema(id) {
            Ok(Some(s)) => s,
            Ok(None) => {
                return Err(undecodable(
                    "unknown_schema",
                    format!(
                        "schema id {id} is not in the registry at {}",
                        registry.url()
                    ),
                ))
            }
            Err(e) => {
                return Err(undecodable(
                    "schema_lookup_failed",
                    format!("schema id {id}: {e}"),
                ))
            }
        };
        match schema.0 {
            Kind::Json => serde_json::from_slice(payload)
                .map_err(|e| undecodable("malformed", format!("JSON framed with id {id}: {e}"))),
            Kind::Avro => self.avro(id, &schema.1, payload),
        }
    }

    fn avro<T: DeserializeOwned>(
        &self,
        id: u32,
        text: &str,
        mut payload: &[u8],
    ) -> std::result::Result<T, Undecodable> {
        let cached = self.writers.lock().ok().and_then(|m| m.get(&id).cloned());
        let writer = match cached {
            Some(w) => w,
            None => {
                let w = Arc::new(apache_avro::Schema::parse_str(text).map_err(|e| {
                    undecodable(
                        "unknown_schema",
                        format!("schema id {id} is not a usable Avro schema: {e}"),
                    )
                })?);
                if let Ok(mut m) = self.writers.lock() {
                    m.insert(id, w.clone());
                }
                w
            }
        };
        let value = apache_avro::from_avro_datum(&writer, &mut payload, self.reader.as_ref())
            .map_err(|e| undecodable("malformed", format!("Avro with schema id {id}: {e}")))?;
        apache_avro::from_value(&value)
            .map_err(|e| undecodable("malformed", format!("Avro with schema id {id}: {e}")))
    }
}

/// Decoders of the two telemetry topics robots report on, for the readers of both (`top`, the
/// archiver); the default reads plain JSON only.
#[derive(Debug)]
pub struct TelemetryDecoders {
    /// robot-telemetry-control.
    pub control: Decoder,
    /// robot-telemetry-safety.
    pub safety: Decoder,
}

impl TelemetryDecoders {
    /// Decoders resolving framed records through `registry`.
    pub fn new(registry: Option<Arc<RegistryClient>>) -> Self {
        TelemetryDecoders {
            control: Decoder::new(registry.clone(), crate::catalog::names::TELEMETRY_CONTROL),
            safety: Decoder::new(registry, crate::catalog::names::TELEMETRY_SAFETY),
        }
    }
}

impl Default for TelemetryDecoders {
    fn default() -> Self {
        TelemetryDecoders::new(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::names;
    use crate::model::fleet::{ControlTelemetry, Position, RobotStatus, SafetyTelemetry};

    fn control() -> ControlTelemetry {
        ControlTelemetry {
            robot_id: "robot-0001".into(),
            zone: "zone-a".into(),
            seq: 7,
            ts_ms: 1_700_000_000_000,
            position: Position { x: 1.5, y: -2.25 },
            heading_deg: 90.0,
            velocity_mps: 1.25,
            battery_pct: 80.0,
            status: RobotStatus::Moving,
        }
    }

    #[test]
    fn frames_round_trip_and_json_is_not_mistaken_for_a_frame() {
        let mut v = header(258).to_vec();
        v.extend_from_slice(b"xyz");
        assert_eq!(unframe(&v), Some((258, &b"xyz"[..])));
        assert_eq!(unframe(b"{\"a\":1}"), None);
        assert_eq!(unframe(&[0, 0, 1]), None);
    }

    #[test]
    fn plain_json_decodes_and_framed_without_registry_is_unknown() {
        let d = Decoder::new(None, names::TELEMETRY_CONTROL);
        let json = serde_json::to_vec(&control()).unwrap();
        assert_eq!(d.decode::<ControlTelemetry>(&json).unwrap(), control());
        let mut framed = header(9).to_vec();
        framed.extend_from_slice(&json);
        assert_eq!(
            d.decode::<ControlTelemetry>(&framed).unwrap_err().class,
            "unknown_schema"
        );
        assert_eq!(
            d.decode::<ControlTelemetry>(b"nope").unwrap_err().class,
            "malformed"
        );
    }

    #[test]
    fn avro_generic_encoding_reads_back_with_resolution() {
        let schema =
            apache_avro::Schema::parse_str(find(names::TELEMETRY_SAFETY, Kind::Avro).unwrap().text)
                .unwrap();
        let t = SafetyTelemetry {
            robot_id: "r".into(),
            zone: "z".into(),
            seq: 1,
            ts_ms: 2,
            temperature_c: 3.0,
            vibration_mm_s: 4.0,
            energy_draw_w: 5.0,
            radiation_usv_h: 6.0,
            obstacle_distance_m: 7.0,
            tilt_deg: 8.0,
            status: Some(RobotStatus::Halted),
        };
        let mut out = Vec::new();
        avro_datum(&schema, &t, &mut out).unwrap();
        let d = Decoder::new(None, names::TELEMETRY_SAFETY);
        let v = apache_avro::from_avro_datum(&schema, &mut &out[..], d.reader.as_ref()).unwrap();
        assert_eq!(apache_avro::from_value::<SafetyTelemetry>(&v).unwrap(), t);
    }
}
