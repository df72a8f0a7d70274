//! Reading recorded trajectories (CSV or JSON Lines) into validated rows; docs/dataset.md is the
//! format. Bad rows are reported with their line number instead of stopping the read.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// File formats a dataset may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Comma-separated values with a header line.
    Csv,
    /// One JSON object per line.
    JsonLines,
}

impl InputFormat {
    /// Picks the format from the file extension (`.csv`, `.jsonl`, `.ndjson`, `.json`).
    pub fn from_path(path: &Path) -> Result<Self> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => Ok(InputFormat::Csv),
            Some("jsonl" | "ndjson" | "json") => Ok(InputFormat::JsonLines),
            _ => Err(Error::usage(format!(
                "cannot tell the format of {} from its extension; pass --input-format csv|jsonl",
                path.display()
            ))),
        }
    }
}

/// One observation of one tracked object at one frame, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based line number in its file.
    pub line: u64,
    /// Recording id.
    pub scene_id: String,
    /// Track id as text (integers are kept as their decimal spelling).
    pub track_id: String,
    /// Frame number within the scene.
    pub frame_index: u64,
    /// Observation time, nanoseconds since the Unix epoch.
    pub timestamp_ns: i64,
    /// Position x in metres.
    pub x: f64,
    /// Position y in metres.
    pub y: f64,
    /// Position z in metres, if recorded.
    pub z: Option<f64>,
    /// Velocity x in m/s, if recorded.
    pub vx: Option<f64>,
    /// Velocity y in m/s, if recorded.
    pub vy: Option<f64>,
    /// Heading in radians.
    pub yaw: f64,
    /// Label confidence 0..1, if recorded.
    pub label_probability: Option<f64>,
    /// Object class such as `car` or `ego`.
    pub object_type: String,
    /// Frames in the track, if recorded.
    pub track_length: Option<u32>,
}

impl Row {
    /// `{scene_id}_ego` for the recording vehicle, `{scene_id}_track_{track_id}` otherwise.
    pub fn vehicle_id(&self) -> String {
        if self.track_id.eq_ignore_ascii_case("ego") || self.object_type.eq_ignore_ascii_case("ego")
        {
            format!("{}_ego", self.scene_id)
        } else {
            format!("{}_track_{}", self.scene_id, self.track_id)
        }
    }
}

/// The vehicle id of each row, in row order.
pub fn vehicle_ids(rows: &[Row]) -> Vec<String> {
    rows.iter().map(Row::vehicle_id).collect()
}

/// A row that could not be used, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    /// File it is in.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: u64,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for BadRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.reason)
    }
}

/// Everything read from one file, good and bad rows in file order.
#[derive(Debug, Default)]
pub struct Read {
    /// Usable rows.
    pub rows: Vec<Row>,
    /// Rejected rows.
    pub bad: Vec<BadRow>,
}

/// Reads a whole dataset file. I/O errors fail the read; bad content only rejects rows.
pub fn read_file(path: &Path, format: InputFormat) -> Result<Read> {
    let text = std::fs::read(path)
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(match format {
        InputFormat::Csv => read_csv(path, &text),
        InputFormat::JsonLines => read_jsonl(path, &text),
    })
}

fn read_csv(path: &Path, text: &[u8]) -> Read {
    let mut out = Read::default();
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text);
    // Column of each known field, worked out once; fields are trimmed as they are read.
    let columns: [Option<usize>; FIELDS.len()] = match reader.headers() {
        Ok(h) => FIELDS.map(|f| {
            h.iter()
                .position(|name| name.trim().eq_ignore_ascii_case(f))
        }),
        Err(e) => {
            out.bad.push(BadRow {
                file: path.to_path_buf(),
                line: 1,
                reason: format!("unreadable header: {e}"),
            });
            return out;
        }
    };
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                let get = |field: usize| {
                    columns[field]
                        .and_then(|i| record.get(i))
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(Cow::Borrowed)
                };
                push(&mut out, path, line, build(get));
            }
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                push(
                    &mut out,
                    path,
                    line,
                    Err(format!("unreadable CSV record: {e}")),
                );
            }
        }
    }
    out
}

fn read_jsonl(path: &Path, text: &[u8]) -> Read {
    let mut out = Read::default();
    for (i, raw) in text.split(|&b| b == b'\n').enumerate() {
        let line = i as u64 + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = match serde_json::from_slice::<serde_json::Value>(raw) {
            Ok(serde_json::Value::Object(map)) => {
                let get = |field: usize| match map.get(FIELDS[field]) {
                    None | Some(serde_json::Value::Null) => None,
                    Some(serde_json::Value::String(s)) if s.trim().is_empty() => None,
                    Some(serde_json::Value::String(s)) => Some(Cow::Borrowed(s.trim())),
                    Some(other) => Some(Cow::Owned(other.to_string())),
                };
                build(get)
            }
            Ok(_) => Err("not a JSON object".to_string()),
            Err(e) => Err(format!("invalid JSON: {e}")),
        };
        push(&mut out, path, line, parsed);
    }
    out
}

fn push(out: &mut Read, path: &Path, line: u64, parsed: Result<Row, String>) {
    match parsed {
        Ok(mut row) => {
            row.line = line;
            out.rows.push(row);
        }
        Err(reason) => out.bad.push(BadRow {
            file: path.to_path_buf(),
            line,
            reason,
        }),
    }
}

/// Column names, in the order of the indices [`build`] asks for.
const FIELDS: [&str; 13] = [
    "scene_id",
    "track_id",
    "frame_index",
    "timestamp_ns",
    "x",
    "y",
    "z",
    "vx",
    "vy",
    "yaw",
    "label_probability",
    "object_type",
    "track_length",
];
const SCENE_ID: usize = 0;
const TRACK_ID: usize = 1;
const FRAME_INDEX: usize = 2;
const TIMESTAMP_NS: usize = 3;
const X: usize = 4;
const Y: usize = 5;
const Z: usize = 6;
const VX: usize = 7;
const VY: usize = 8;
const YAW: usize = 9;
const LABEL_PROBABILITY: usize = 10;
const OBJECT_TYPE: usize = 11;
const TRACK_LENGTH: usize = 12;

/// Builds a row from a lookup by field index (into [`FIELDS`]) that returns `None` for missing
/// or empty fields. Fields are borrowed and columns found once: reading is a large part of an
/// unthrottled replay.
fn build<'r>(get: impl Fn(usize) -> Option<Cow<'r, str>>) -> Result<Row, String> {
    let required = |f: usize| get(f).ok_or_else(|| format!("missing {}", FIELDS[f]));
    let number = |f: usize, v: Cow<'r, str>| -> Result<f64, String> {
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(n),
            _ => Err(format!("{} is not a finite number: `{v}`", FIELDS[f])),
        }
    };
    let req_num = |f: usize| required(f).and_then(|v| number(f, v));
    let opt_num = |f: usize| get(f).map(|v| number(f, v)).transpose();

    let scene_id = required(SCENE_ID)?.into_owned();
    let track_id = required(TRACK_ID)?.into_owned();
    let frame = required(FRAME_INDEX)?;
    let frame_index = frame
        .parse::<u64>()
        .map_err(|_| format!("frame_index is not a non-negative integer: `{frame}`"))?;
    let ts = required(TIMESTAMP_NS)?;
    let timestamp_ns = ts
        .parse::<i64>()
        .ok()
        .filter(|t| *t >= 0)
        .ok_or_else(|| format!("timestamp_ns is not a non-negative integer: `{ts}`"))?;
    let label_probability = opt_num(LABEL_PROBABILITY)?;
    if let Some(p) = label_probability {
        if !(0.0..=1.0).contains(&p) {
            return Err(format!("label_probability {p} is outside 0..1"));
        }
    }
    let track_length = match get(TRACK_LENGTH) {
        None => None,
        Some(v) => Some(
            v.parse::<u32>()
                .map_err(|_| format!("track_length is not a non-negative integer: `{v}`"))?,
        ),
    };
    Ok(Row {
        line: 0,
        scene_id,
        track_id,
        frame_index,
        timestamp_ns,
        x: req_num(X)?,
        y: req_num(Y)?,
        z: opt_num(Z)?,
        vx: opt_num(VX)?,
        vy: opt_num(VY)?,
        yaw: req_num(YAW)?,
        label_probability,
        object_type: required(OBJECT_TYPE)?.into_owned(),
        track_length,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "scene_id,track_id,frame_index,timestamp_ns,x,y,z,vx,vy,yaw,label_probability,object_type\n";

    #[test]
    fn csv_rows_and_bad_rows_with_line_numbers() {
        let text = format!(
            "{HEADER}s1,7,0,1000,1.0,2.0,,3.0,0,0.1,0.9,car\n\
             s1,7,1,oops,1.0,2.0,,3.0,0,0.1,0.9,car\n\
             s1,ego,2,3000,1.0,2.0,0.5,,,0.1,,car\n\
             s1,7,3,4000,1.0,2.0,,3.0,0,0.1,1.5,car\n"
        );
        let r = read_csv(Path::new("a.csv"), text.as_bytes());
        assert_eq!(r.rows.len(), 2);
        assert_eq!(r.rows[0].line, 2);
        assert_eq!(r.rows[0].vehicle_id(), "s1_track_7");
        assert_eq!(r.rows[1].vehicle_id(), "s1_ego");
        assert_eq!(r.rows[1].vx, None);
        assert_eq!(r.rows[1].z, Some(0.5));
        assert_eq!(r.bad.len(), 2);
        assert_eq!(r.bad[0].line, 3);
        assert!(r.bad[0].reason.contains("timestamp_ns"));
        assert_eq!(r.bad[1].line, 5);
        assert!(r.bad[1].reason.contains("label_probability"));
    }

    #[test]
    fn jsonl_accepts_string_or_integer_track_ids() {
        let text = b"{\"scene_id\":\"s\",\"track_id\":4,\"frame_index\":1,\"timestamp_ns\":5,\"x\":1,\"y\":2,\"yaw\":0,\"object_type\":\"car\",\"vx\":null}\n\
            \n\
            not json\n\
            [1]\n\
            {\"scene_id\":\"s\",\"track_id\":\"a\",\"frame_index\":1,\"timestamp_ns\":5,\"x\":1,\"y\":\"NaN\",\"yaw\":0,\"object_type\":\"car\"}\n";
        let r = read_jsonl(Path::new("a.jsonl"), text);
        assert_eq!(r.rows.len(), 1);
        assert_eq!(r.rows[0].track_id, "4");
        let lines: Vec<u64> = r.bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![3, 4, 5]);
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(
            InputFormat::from_path(Path::new("x.CSV")).ok(),
            Some(InputFormat::Csv)
        );
        assert!(InputFormat::from_path(Path::new("x.txt")).is_err());
    }
}
