//! Time as fleetctl reads and writes it: durations typed by people, and RFC 3339 timestamps
//! written without `fmt` machinery (the replay writes two per event, and chrono's `Display`
//! path through serde_json cost about a third of building an event).

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};
use serde::Serializer;

/// Parses durations such as `10s`, `500ms`, `2m` or a bare number of seconds (flags, and the
/// `--since 10m` of the DLQ commands).
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    if let Ok(secs) = s.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Ok(std::time::Duration::from_secs_f64(secs));
        }
        return Err(format!("`{s}` is not a non-negative number of seconds"));
    }
    humantime::parse_duration(s)
        .map_err(|e| format!("`{s}` is not a duration like 10s, 500ms or 2m: {e}"))
}

/// The longest text written: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`.
const MAX_LEN: usize = 30;

/// Serializes exactly as chrono's own `Serialize` does (RFC 3339, `Z`, a fraction of 0, 3, 6 or
/// 9 digits as needed); for `#[serde(serialize_with = "crate::model::time::serialize")]`.
pub fn serialize<S: Serializer>(dt: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; MAX_LEN];
    match write(dt, &mut buf).and_then(|n| std::str::from_utf8(&buf[..n]).ok()) {
        Some(text) => s.serialize_str(text),
        // Years before 0 or after 9999 and leap seconds: chrono knows their spelling.
        None => s.serialize_str(&dt.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
    }
}

/// Writes the timestamp into `buf`; `None` when chrono's general path is needed.
fn write(dt: &DateTime<Utc>, buf: &mut [u8; MAX_LEN]) -> Option<usize> {
    let year = u32::try_from(dt.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = dt.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let mut n = 0;
    let mut put = |v: u32, digits: u32, sep: Option<u8>| {
        for i in (0..digits).rev() {
            buf[n] = b'0' + (v / 10u32.pow(i) % 10) as u8;
            n += 1;
        }
        if let Some(c) = sep {
            buf[n] = c;
            n += 1;
        }
    };
    put(year, 4, Some(b'-'));
    put(dt.month(), 2, Some(b'-'));
    put(dt.day(), 2, Some(b'T'));
    put(dt.hour(), 2, Some(b':'));
    put(dt.minute(), 2, Some(b':'));
    put(dt.second(), 2, None);
    let (value, digits) = match nanos {
        0 => (0, 0),
        _ if nanos % 1_000_000 == 0 => (nanos / 1_000_000, 3),
        _ if nanos % 1_000 == 0 => (nanos / 1_000, 6),
        _ => (nanos, 9),
    };
    if digits > 0 {
        put(0, 0, Some(b'.'));
        put(value, digits, None);
    }
    put(0, 0, Some(b'Z'));
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Ours(#[serde(serialize_with = "serialize")] DateTime<Utc>);

    #[test]
    fn matches_chrono_for_every_fraction_width_and_edge() {
        let cases = [
            (0, 0),
            (1_700_000_000, 0),
            (1_700_000_000, 123_000_000),
            (1_700_000_000, 123_456_000),
            (1_700_000_000, 123_456_789),
            (1_700_000_000, 1),
            (253_402_300_799, 999_999_999), // 9999-12-31T23:59:59.999999999
        ];
        for (secs, sub) in cases {
            let dt = DateTime::from_timestamp(secs, sub).expect("in range");
            let theirs = serde_json::to_string(&dt).expect("chrono serializes");
            let ours = serde_json::to_string(&Ours(dt)).expect("ours serializes");
            assert_eq!(ours, theirs, "{secs}.{sub}");
        }
        let far = DateTime::from_timestamp(300_000_000_000, 5).expect("year 11476");
        assert_eq!(
            serde_json::to_string(&Ours(far)).expect("fallback"),
            serde_json::to_string(&far).expect("chrono")
        );
    }
}
