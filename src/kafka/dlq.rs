//! Dead-letter records: the original bytes untouched, the why and where in headers.
//!
//! Header names follow the habit of Kafka Connect and Spring Kafka (one prefix, one header per
//! fact). Re-dead-lettering replaces these headers rather than appending copies.

use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::Message;

/// Header names.
pub mod h {
    /// Topic the record was first read from.
    pub const TOPIC: &str = "fleetctl.dlq.original.topic";
    /// Its partition.
    pub const PARTITION: &str = "fleetctl.dlq.original.partition";
    /// Its offset.
    pub const OFFSET: &str = "fleetctl.dlq.original.offset";
    /// Its timestamp, ms.
    pub const TIMESTAMP: &str = "fleetctl.dlq.original.timestamp";
    /// Consumer group that gave up on it.
    pub const GROUP: &str = "fleetctl.dlq.group";
    /// Stage that failed: verify, execute, retry, decode.
    pub const STAGE: &str = "fleetctl.dlq.stage";
    /// Stable error class (see `Rejection::class`).
    pub const ERROR_CLASS: &str = "fleetctl.error.class";
    /// Human-readable error.
    pub const ERROR_MESSAGE: &str = "fleetctl.error.message";
    /// Attempts made.
    pub const ATTEMPTS: &str = "fleetctl.dlq.attempts";
    /// Times replayed from the DLQ.
    pub const REPLAYS: &str = "fleetctl.dlq.replays";
    /// fleetctl version that wrote it.
    pub const VERSION: &str = "fleetctl.version";
}

/// Why and where a record failed.
#[derive(Debug, Clone)]
pub struct Failure<'a> {
    /// Consumer group.
    pub group: &'a str,
    /// Stage that failed.
    pub stage: &'a str,
    /// Error class.
    pub class: &'a str,
    /// Error message.
    pub message: String,
    /// Attempts made so far.
    pub attempts: u32,
}

/// Headers for a dead letter of `msg`. Headers of an earlier dead-lettering are replaced, other
/// headers are kept; the replay count carries over.
pub fn headers<M: Message>(msg: &M, f: &Failure<'_>) -> OwnedHeaders {
    let mut out = OwnedHeaders::new();
    let mut replays = 0u32;
    let mut original: Option<(String, String, String, String)> = None;
    if let Some(hs) = msg.headers() {
        let get = |name: &str| -> Option<String> {
            hs.iter()
                .find(|x| x.key == name)
                .and_then(|x| x.value)
                .map(|v| String::from_utf8_lossy(v).into_owned())
        };
        replays = get(h::REPLAYS).and_then(|v| v.parse().ok()).unwrap_or(0);
        if let (Some(t), Some(p), Some(o), Some(ts)) = (
            get(h::TOPIC),
            get(h::PARTITION),
            get(h::OFFSET),
            get(h::TIMESTAMP),
        ) {
            original = Some((t, p, o, ts));
        }
        for x in hs.iter() {
            if !x.key.starts_with("fleetctl.dlq.")
                && !x.key.starts_with("fleetctl.error.")
                && x.key != h::VERSION
            {
                out = out.insert(Header {
                    key: x.key,
                    value: x.value,
                });
            }
        }
    }
    // A record that already went through the DLQ keeps pointing at where it first came from.
    let (topic, partition, offset, ts) = original.unwrap_or_else(|| {
        (
            msg.topic().to_string(),
            msg.partition().to_string(),
            msg.offset().to_string(),
            msg.timestamp().to_millis().unwrap_or(0).to_string(),
        )
    });
    let attempts = f.attempts.to_string();
    let replays = replays.to_string();
    let pairs: [(&str, &str); 11] = [
        (h::TOPIC, &topic),
        (h::PARTITION, &partition),
        (h::OFFSET, &offset),
        (h::TIMESTAMP, &ts),
        (h::GROUP, f.group),
        (h::STAGE, f.stage),
        (h::ERROR_CLASS, f.class),
        (h::ERROR_MESSAGE, &f.message),
        (h::ATTEMPTS, &attempts),
        (h::REPLAYS, &replays),
        (h::VERSION, env!("CARGO_PKG_VERSION")),
    ];
    for (k, v) in pairs {
        out = out.insert(Header {
            key: k,
            value: Some(v.as_bytes()),
        });
    }
    out
}

/// Reads one header as text.
pub fn header<M: Message>(msg: &M, name: &str) -> Option<String> {
    msg.headers()?
        .iter()
        .find(|x| x.key == name)
        .and_then(|x| x.value)
        .map(|v| String::from_utf8_lossy(v).into_owned())
}
