//! Retry bookkeeping carried in record headers: which attempt a command is on, and when the
//! next one is due (1 s × 2^(n-1) after failure n).

use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::Message;

/// Default retries after the first attempt before a command goes to the DLQ (`MAX_RETRIES`,
/// `run executor --max-retries`).
pub const MAX_RETRIES: u32 = 5;

/// Header names.
pub mod h {
    /// On robot-commands: which attempt this delivery is (absent: the first). On the retry
    /// topic: the attempt that failed.
    pub const ATTEMPT: &str = "fleetctl.retry.attempt";
    /// When the first attempt failed, ms since the epoch.
    pub const FIRST_FAILURE: &str = "fleetctl.retry.first_failure_ms";
    /// When the latest attempt failed, ms since the epoch.
    pub const LAST_FAILURE: &str = "fleetctl.retry.last_failure_ms";
    /// Why it failed last.
    pub const LAST_ERROR: &str = "fleetctl.retry.last_error";
    /// When the next attempt may start, ms since the epoch.
    pub const DUE: &str = "fleetctl.retry.due_ms";
    /// Where the command was first read.
    pub const ORIGINAL_TOPIC: &str = "fleetctl.retry.original.topic";
    /// Its partition.
    pub const ORIGINAL_PARTITION: &str = "fleetctl.retry.original.partition";
    /// Its offset.
    pub const ORIGINAL_OFFSET: &str = "fleetctl.retry.original.offset";
}

/// The delay before attempt `failed + 1`: 1 s × 2^(failed-1).
pub fn backoff_ms(failed: u32) -> i64 {
    1000i64 << failed.saturating_sub(1).min(20)
}

/// A header's value as text.
pub fn get<M: Message>(m: &M, name: &str) -> Option<String> {
    crate::kafka::dlq::header(m, name)
}

/// Which attempt a robot-commands record is (1 when it has no retry header).
pub fn attempt<M: Message>(m: &M) -> u32 {
    get(m, h::ATTEMPT)
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1)
}

/// Headers for the retry topic after attempt `failed` of `m` failed at `now_ms`.
pub fn for_retry<M: Message>(m: &M, failed: u32, error: &str, now_ms: i64) -> OwnedHeaders {
    let first = get(m, h::FIRST_FAILURE).unwrap_or_else(|| now_ms.to_string());
    let topic = get(m, h::ORIGINAL_TOPIC).unwrap_or_else(|| m.topic().to_string());
    let partition = get(m, h::ORIGINAL_PARTITION).unwrap_or_else(|| m.partition().to_string());
    let offset = get(m, h::ORIGINAL_OFFSET).unwrap_or_else(|| m.offset().to_string());
    let values = [
        (h::ATTEMPT, failed.to_string()),
        (h::FIRST_FAILURE, first),
        (h::LAST_FAILURE, now_ms.to_string()),
        (h::LAST_ERROR, error.to_string()),
        (h::DUE, (now_ms + backoff_ms(failed)).to_string()),
        (h::ORIGINAL_TOPIC, topic),
        (h::ORIGINAL_PARTITION, partition),
        (h::ORIGINAL_OFFSET, offset),
    ];
    replace(m, &values)
}

/// Headers for re-publishing a retry record as attempt `next`.
pub fn for_attempt<M: Message>(m: &M, next: u32) -> OwnedHeaders {
    replace(m, &[(h::ATTEMPT, next.to_string())])
}

/// The record's headers with `values` set, replacing (never duplicating) same-named ones.
fn replace<M: Message>(m: &M, values: &[(&str, String)]) -> OwnedHeaders {
    let mut out = OwnedHeaders::new();
    if let Some(hs) = m.headers() {
        for x in hs.iter() {
            if !values.iter().any(|(k, _)| *k == x.key) {
                out = out.insert(Header {
                    key: x.key,
                    value: x.value,
                });
            }
        }
    }
    for (k, v) in values {
        out = out.insert(Header {
            key: k,
            value: Some(v.as_bytes()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_one_second() {
        assert_eq!(backoff_ms(1), 1000);
        assert_eq!(backoff_ms(2), 2000);
        assert_eq!(backoff_ms(5), 16000);
    }
}
