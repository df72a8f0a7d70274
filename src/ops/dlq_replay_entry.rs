//! One entry of a replay: what happens to it, the bytes and headers it is sent with, and how the
//! run reports it.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::message::{Header, OwnedHeaders};
use serde::Serialize;

use super::dlq::{Bucket, Entry, Filter};
use crate::kafka::dlq::h;
use crate::signing::envelope::Signer;

/// How a replay runs.
pub struct Options {
    /// The DLQ topic.
    pub dlq_topic: String,
    /// Consumer group holding progress.
    pub group: String,
    /// Destination overriding each entry's original topic.
    pub to: Option<String>,
    /// Decide and report only.
    pub dry_run: bool,
    /// Entries per second, if throttled.
    pub rate: Option<f64>,
    /// Loop guard.
    pub max_replays: u32,
    /// Operator signer for expired commands, when `--resign`.
    pub resign: Option<(Signer, Duration)>,
    /// Selection.
    pub filter: Filter,
}

/// What happens to one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Re-publish to this topic, re-signed or not.
    Replay {
        /// Destination topic.
        topic: String,
        /// Whether the command is re-issued with a new expiry.
        resign: bool,
    },
    /// Replayed `max_replays` times already: passed over.
    LoopGuard,
    /// Signature expired and no `--resign`: holds its partition.
    Expired,
    /// No original-topic header and no `--to`: reported and passed over (it cannot be routed,
    /// and must not block the entries behind it; `--to` with another group can replay it).
    NoTopic,
}

impl Decision {
    /// The outcome word of a skipped entry.
    pub fn outcome(&self) -> &'static str {
        match self {
            Decision::Replay { .. } => "replayed",
            Decision::LoopGuard => "skipped_loop_guard",
            Decision::Expired => "skipped_expired",
            Decision::NoTopic => "skipped_no_topic",
        }
    }
}

/// Decides one selected entry at `now_ms`.
pub fn decide(e: &Entry, o: &Options, now_ms: i64) -> Decision {
    if e.replays() >= o.max_replays {
        return Decision::LoopGuard;
    }
    let Some(topic) = o.to.clone().or_else(|| e.header(h::TOPIC)) else {
        return Decision::NoTopic;
    };
    let expired = e.command().is_some_and(|c| c.expires_at_ms <= now_ms);
    if expired && o.resign.is_none() {
        return Decision::Expired;
    }
    Decision::Replay {
        topic,
        resign: expired,
    }
}

/// The bytes to publish: the original ones, or the command re-signed with a new validity.
pub fn payload(
    e: &Entry,
    resign: bool,
    signer: Option<&(Signer, Duration)>,
    now_ms: i64,
) -> Option<Vec<u8>> {
    match (resign, signer, e.command()) {
        (true, Some((s, ttl)), Some(mut c)) => {
            c.issuer = s.key.role;
            c.key_id = s.key.key_id.clone();
            c.issued_at_ms = now_ms;
            c.expires_at_ms = now_ms + i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX / 2);
            Some(s.sign(c).bytes)
        }
        _ => e.value.clone(),
    }
}

/// The entry's headers with the replay count replaced by one more.
pub fn headers(e: &Entry) -> OwnedHeaders {
    let replays = (e.replays() + 1).to_string();
    let mut out = OwnedHeaders::new();
    for (k, v) in e.headers.iter().filter(|(k, _)| k != h::REPLAYS) {
        out = out.insert(Header {
            key: k,
            value: v.as_deref(),
        });
    }
    out.insert(Header {
        key: h::REPLAYS,
        value: Some(replays.as_bytes()),
    })
}

/// An entry reported by name: skipped ones, failed ones, and every one in a dry run.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "dlq_replay_entry")]
pub struct Row {
    /// DLQ partition.
    pub partition: i32,
    /// DLQ offset.
    pub offset: i64,
    /// Record key.
    pub key: Option<String>,
    /// Command id, when the bytes decode.
    pub command_id: Option<uuid::Uuid>,
    /// Error class.
    pub error_class: String,
    /// Replays before this run.
    pub replays: u32,
    /// replayed, would_replay, skipped_loop_guard, skipped_expired, skipped_no_topic, failed.
    pub outcome: String,
    /// Destination topic.
    pub to: Option<String>,
    /// Whether it is (or would be) re-signed.
    pub resign: bool,
}

/// What a replay did.
#[derive(Debug, Clone, Serialize, Default)]
#[serde(tag = "type", rename = "dlq_replay")]
pub struct Summary {
    /// Consumer group holding progress.
    pub group: String,
    /// Nothing sent or committed.
    pub dry_run: bool,
    /// Entries between the group's offsets and the log ends when the run started.
    pub backlog: u64,
    /// Entries read.
    pub examined: u64,
    /// Entries that passed the filters.
    pub selected: u64,
    /// Entries acknowledged by the broker (or that would be sent, in a dry run).
    pub replayed: u64,
    /// Of those, re-signed.
    pub resigned: u64,
    /// Skipped by the loop guard.
    pub skipped_loop_guard: u64,
    /// Skipped as expired (no `--resign`).
    pub skipped_expired: u64,
    /// Skipped for want of a destination.
    pub skipped_no_topic: u64,
    /// Sends the broker refused.
    pub failed: u64,
    /// Stopped by Ctrl-C or SIGTERM.
    pub interrupted: bool,
    /// Wall time, seconds.
    pub elapsed_s: f64,
    /// Replayed entries per second.
    pub rate_per_s: f64,
    /// Replayed (or would-be) entries per destination topic.
    pub routes: BTreeMap<String, u64>,
    /// Selected entries per error class.
    pub histogram: Vec<Bucket>,
    /// Entries reported by name.
    pub entries: Vec<Row>,
}

impl Summary {
    /// Whether every selected entry was replayed.
    pub fn complete(&self) -> bool {
        !self.interrupted && self.replayed == self.selected
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::message::Headers;

    fn entry(replays: &str) -> Entry {
        Entry {
            partition: 0,
            offset: 7,
            timestamp_ms: Some(0),
            key: Some(b"r1".to_vec()),
            value: Some(b"not a command".to_vec()),
            headers: vec![
                (h::TOPIC.into(), Some(b"p.robot-commands".to_vec())),
                (h::REPLAYS.into(), Some(replays.as_bytes().to_vec())),
                ("trace".into(), Some(b"abc".to_vec())),
            ],
        }
    }

    fn options() -> Options {
        Options {
            dlq_topic: "p.robot-commands-dlq".into(),
            group: "g".into(),
            to: None,
            dry_run: false,
            rate: None,
            max_replays: 3,
            resign: None,
            filter: super::super::dlq::Filter::default(),
        }
    }

    #[test]
    fn replay_count_is_replaced_and_guarded() {
        let hs = headers(&entry("1"));
        let replays: Vec<&[u8]> = hs
            .iter()
            .filter(|x| x.key == h::REPLAYS)
            .filter_map(|x| x.value)
            .collect();
        assert_eq!(replays, vec![b"2".as_slice()]);
        assert!(hs.iter().any(|x| x.key == "trace"));
        let o = options();
        assert_eq!(
            decide(&entry("2"), &o, 0),
            Decision::Replay {
                topic: "p.robot-commands".into(),
                resign: false
            }
        );
        assert_eq!(decide(&entry("3"), &o, 0), Decision::LoopGuard);
        let mut bare = entry("0");
        bare.headers.retain(|(k, _)| k != h::TOPIC);
        assert_eq!(decide(&bare, &o, 0), Decision::NoTopic);
        assert_eq!(payload(&bare, false, None, 0), bare.value);
    }
}
