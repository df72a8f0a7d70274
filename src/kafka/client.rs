//! Producers and consumers configured the way every fleetctl role needs them.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::consumer::Consumer;
use rdkafka::message::OwnedMessage;
use rdkafka::{Message, Offset, TopicPartitionList};

use super::stats::Stats;
use crate::error::Result;
use crate::settings::KafkaSettings;

/// The producer every role writes with; its context records librdkafka's statistics.
pub type KafkaProducer = rdkafka::producer::FutureProducer<Stats>;

/// A consumer without a group (or one that never joins it), reading by assignment.
pub type KafkaReader = rdkafka::consumer::BaseConsumer<Stats>;

/// An idempotent producer (acks=all, no duplicates on retry), with small lingering for batching.
pub fn producer(k: &KafkaSettings, extra: &[(&str, &str)]) -> Result<KafkaProducer> {
    let mut cfg = super::client_config(k)?;
    cfg.set("enable.idempotence", "true")
        .set("acks", "all")
        .set("linger.ms", "5")
        .set("compression.type", "lz4")
        .set("message.timeout.ms", "30000");
    for (key, v) in extra {
        cfg.set(*key, *v);
    }
    // -X properties win over everything, including the role's own choices.
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    cfg.create_with_context(Stats)
        .map_err(super::creation_error)
}

/// The group id of every reader. It never joins or commits, but librdkafka still looks up its
/// coordinator, which needs Describe on it under ACLs.
pub const READER_GROUP: &str = "fleetctl-reader";

/// A consumer without a group, for reading topics by assignment.
pub fn reader(k: &KafkaSettings) -> Result<KafkaReader> {
    reader_with(k, &[])
}

/// A reader with some of its defaults changed by `extra` (the user's own properties still win).
pub fn reader_with(k: &KafkaSettings, extra: &[(&str, &str)]) -> Result<KafkaReader> {
    let mut cfg = super::client_config(k)?;
    cfg.set("group.id", READER_GROUP)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("isolation.level", "read_committed")
        .set("fetch.wait.max.ms", "50")
        .set("enable.partition.eof", "false");
    for (key, v) in extra {
        cfg.set(*key, *v);
    }
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    cfg.create_with_context(Stats)
        .map_err(super::creation_error)
}

/// Partition ids of a topic (asked through any client: a consumer, or the producer about to
/// write to it), or NotFound naming `fleetctl topics create`.
pub fn partitions<C: rdkafka::ClientContext>(
    c: &rdkafka::client::Client<C>,
    topic: &str,
    timeout: Duration,
    brokers: &str,
) -> Result<Vec<i32>> {
    let md = metadata(c, Some(topic), timeout).map_err(|e| super::unreachable(brokers, e))?;
    let t = md.topics().iter().find(|t| t.name() == topic);
    match t {
        Some(t) if t.error().is_none() && !t.partitions().is_empty() => {
            Ok(t.partitions().iter().map(|p| p.id()).collect())
        }
        // A topic this principal may not describe looks missing unless the error is read.
        Some(t) if t.error().is_some_and(|e| super::is_denied(e.into())) => {
            let code = t
                .error()
                .map(Into::into)
                .unwrap_or(rdkafka::types::RDKafkaErrorCode::TopicAuthorizationFailed);
            Err(
                super::denied(code, "Describe", "topic", topic).unwrap_or_else(|| {
                    crate::error::Error::Refused(format!(
                        "not authorised to Describe topic {topic}"
                    ))
                }),
            )
        }
        _ => Err(crate::error::Error::NotFound(format!(
            "topic {topic} does not exist; create the catalog with `fleetctl topics create`"
        ))),
    }
}

/// The (low, high) watermarks of one partition, asked again while its leader is moving (a
/// single request to a leader that just died fails with `DestroyBroker` at once).
pub fn watermarks<C: rdkafka::consumer::ConsumerContext + 'static>(
    c: &impl Consumer<C>,
    topic: &str,
    partition: i32,
    timeout: Duration,
    brokers: &str,
) -> Result<(i64, i64)> {
    while_transient(timeout, |left| c.fetch_watermarks(topic, partition, left))
        .map_err(|e| super::unreachable(brokers, e))
}

/// Longest single attempt of `while_transient`.
const ATTEMPT: Duration = Duration::from_secs(5);

/// Runs a broker request again while it fails for a reason that passes and `timeout` has time
/// left, handing each attempt the time that remains. With a broker of a cluster down, librdkafka
/// may send a request to that broker (transport failure), to a bootstrap connection it is
/// replacing by the broker's own (DestroyBroker), or ask for a partition whose leader the
/// controller has not moved yet (unknown partition, no leader; Kafka moves it once the broker's
/// session, 9 s by default, has expired). Found with one of three brokers killed
/// (tests/faults.rs).
pub fn while_transient<T>(
    timeout: Duration,
    mut request: impl FnMut(Duration) -> rdkafka::error::KafkaResult<T>,
) -> rdkafka::error::KafkaResult<T> {
    use rdkafka::types::RDKafkaErrorCode as Code;
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        // One attempt never takes all the time: a request sent to a dead leader waits for its
        // whole timeout, and the next one may find the new leader.
        match request(left.min(ATTEMPT)) {
            Err(e)
                if matches!(
                    e.rdkafka_error_code(),
                    Some(
                        Code::OperationTimedOut
                            | Code::DestroyBroker
                            | Code::BrokerTransportFailure
                            | Code::UnknownPartition
                            | Code::LeaderNotAvailable
                            | Code::NotLeaderForPartition
                            // A new leader answers ListOffsets with this until its high
                            // watermark has caught up; epochs move with each election.
                            | Code::OffsetNotAvailable
                            | Code::FencedLeaderEpoch
                            | Code::UnknownLeaderEpoch
                            // The group coordinator moves with the leader of its
                            // __consumer_offsets partition.
                            | Code::NotCoordinator
                            | Code::CoordinatorNotAvailable
                            | Code::CoordinatorLoadInProgress
                    )
                ) && left > Duration::from_millis(300) =>
            {
                tracing::debug!("broker request failed ({e}); asking again");
                std::thread::sleep(Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

/// Cluster metadata (of one topic, or all), asked again while it fails for a reason that passes
/// (see `while_transient`).
pub fn metadata<C: rdkafka::ClientContext>(
    c: &rdkafka::client::Client<C>,
    topic: Option<&str>,
    timeout: Duration,
) -> rdkafka::error::KafkaResult<rdkafka::metadata::Metadata> {
    while_transient(timeout, |left| c.fetch_metadata(topic, left))
}

/// Assigns `c` to every partition of `topic` at its current end, so that it reads only what is
/// written from now on.
pub fn assign_at_end(c: &KafkaReader, topic: &str, timeout: Duration, brokers: &str) -> Result<()> {
    let ends = end_offsets(c, topic, timeout, brokers)?;
    assign_from(c, &[(topic.to_string(), ends)])
}

/// The current end of every partition of `topic`. The ends are asked in one ListOffsets request
/// per broker: asking one partition at a time costs a round trip each (it kept `halt` about half
/// a second from writing the halt at 100 partitions on nisshi). A partition the broker gives no
/// end for is asked on its own.
pub fn end_offsets(
    c: &KafkaReader,
    topic: &str,
    timeout: Duration,
    brokers: &str,
) -> Result<BTreeMap<i32, i64>> {
    let mut ask = TopicPartitionList::new();
    for p in partitions(c.client(), topic, timeout, brokers)? {
        // As a ListOffsets timestamp, -1 (Offset::End) asks for the end of the partition.
        ask.add_partition_offset(topic, p, Offset::End)
            .map_err(anyhow::Error::from)?;
    }
    let ends = while_transient(timeout, |left| c.offsets_for_times(ask.clone(), left))
        .map_err(|e| super::unreachable(brokers, e))?;
    let mut out = BTreeMap::new();
    for e in ends.elements() {
        let end = match (e.error(), e.offset()) {
            (Ok(()), Offset::Offset(o)) => o,
            _ => {
                while_transient(timeout, |left| {
                    c.fetch_watermarks(e.topic(), e.partition(), left)
                })
                .map_err(|err| super::unreachable(brokers, err))?
                .1
            }
        };
        out.insert(e.partition(), end);
    }
    Ok(out)
}

/// Assigns `c` to every (topic, partition) listed, each from its offset; one call, because an
/// assignment replaces the one before.
pub fn assign_from(c: &KafkaReader, starts: &[(String, BTreeMap<i32, i64>)]) -> Result<()> {
    let mut tpl = TopicPartitionList::new();
    for (topic, parts) in starts {
        for (p, o) in parts {
            tpl.add_partition_offset(topic, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
        }
    }
    c.assign(&tpl).map_err(anyhow::Error::from)?;
    Ok(())
}

/// Reads every record of a topic from the start up to the high watermarks seen when called,
/// handing each (partition, offset, key, value) to `f`. Used to restore state at start-up.
pub fn read_to_end(
    k: &KafkaSettings,
    topic: &str,
    mut f: impl FnMut(i32, i64, Option<&[u8]>, Option<&[u8]>),
) -> Result<BTreeMap<i32, i64>> {
    read_records_to_end(k, topic, |m| {
        f(m.partition(), m.offset(), m.key(), m.payload())
    })
}

/// Like `read_to_end`, handing `f` each whole record (headers too). The one topic-to-its-end
/// reader: the end is each partition's high watermark when called, and a partition whose last
/// offsets hold no record (transaction markers, compaction) ends when its position gets there.
pub fn read_records_to_end(
    k: &KafkaSettings,
    topic: &str,
    mut f: impl FnMut(&rdkafka::message::BorrowedMessage<'_>),
) -> Result<BTreeMap<i32, i64>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let c = reader(k)?;
    let parts = partitions(c.client(), topic, k.timeout, &brokers)?;
    let mut ends = BTreeMap::new();
    let mut tpl = TopicPartitionList::new();
    for p in &parts {
        let (lo, hi) = watermarks(&c, topic, *p, k.timeout, &brokers)?;
        ends.insert(*p, hi);
        if hi > lo {
            tpl.add_partition_offset(topic, *p, Offset::Offset(lo))
                .map_err(anyhow::Error::from)?;
        }
    }
    let mut remaining: BTreeMap<i32, i64> = ends
        .iter()
        .filter(|(_, hi)| **hi > 0)
        .map(|(p, hi)| (*p, *hi))
        .collect();
    if tpl.count() == 0 {
        return Ok(ends);
    }
    c.assign(&tpl).map_err(anyhow::Error::from)?;
    let deadline = std::time::Instant::now() + k.timeout.max(Duration::from_secs(30));
    while !remaining.is_empty() {
        if std::time::Instant::now() > deadline {
            return Err(crate::error::Error::Timeout(format!(
                "timed out reading {topic} to its end"
            )));
        }
        match c.poll(Duration::from_millis(200)) {
            Some(Ok(m)) => {
                f(&m);
                if let Some(end) = remaining.get(&m.partition()) {
                    if m.offset() + 1 >= *end {
                        remaining.remove(&m.partition());
                    }
                }
            }
            Some(Err(e)) => tracing::warn!("reading {topic}: {e}"),
            None => {
                // Compaction or transaction markers can leave the last offsets without records.
                if let Ok(pos) = c.position() {
                    for e in pos.elements() {
                        if let (Offset::Offset(o), Some(end)) =
                            (e.offset(), remaining.get(&e.partition()))
                        {
                            if o >= *end {
                                remaining.remove(&e.partition());
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(ends)
}

/// Every record of a topic from the beginning up to its end when the read started, in
/// partition order (so records of one key keep their order).
pub fn read_messages(k: &KafkaSettings, topic: &str) -> Result<Vec<OwnedMessage>> {
    let mut out = Vec::new();
    read_records_to_end(k, topic, |m| out.push(m.detach()))?;
    out.sort_by_key(|m| (m.partition(), m.offset()));
    Ok(out)
}
