//! Reading a batch from robot-commands and the halt follower and checking its signatures, and
//! putting both readers back to where the last written batch left them when a batch is not
//! written.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::consumer::{Consumer, ConsumerContext, ConsumerGroupMetadata, StreamConsumer};
use rdkafka::message::OwnedMessage;
use rdkafka::{Message, Offset};
use tokio_util::sync::CancellationToken;

use crate::error::Result;
use crate::kafka::client::KafkaReader;
use crate::kafka::group::{self, GroupContext, Member};
use crate::model::now_ms;
use crate::otel::{attr, Kind, SpanContext};
use crate::signing::envelope::{Rejection, Verified, Verifier};

/// A batch read, its commands' signatures checked, ready to be decided.
pub(super) struct Gathered {
    /// Commands, in the order read.
    pub msgs: Vec<OwnedMessage>,
    /// Halts and resumes that arrived with them.
    pub halts: Vec<OwnedMessage>,
    /// Each command's verification, aligned with `msgs`.
    pub verified: Vec<Checked>,
    /// When the commands were verified (ms since the epoch); the batch is decided at this time.
    pub now: i64,
    /// The consumer's rebalance count when reading ended: a batch read across a rebalance may
    /// hold records of partitions this instance no longer owns, and one read after it must wait
    /// for the robots' states to be restored.
    pub rebalances: u64,
    /// The group generation the batch was read in, taken before `rebalances`: its offsets are
    /// committed with it, so that the broker refuses them once the group has moved on (a batch
    /// committed after its partitions changed owner would leave the new owner's view stale).
    pub group: Option<ConsumerGroupMetadata>,
}

impl Gathered {
    /// Offset of the first halt read, where the halt follower goes back to if the batch is not
    /// written.
    pub fn first_halt(&self) -> Option<i64> {
        self.halts.first().map(|m| m.offset())
    }

    /// Whether nothing arrived.
    pub fn is_empty(&self) -> bool {
        self.msgs.is_empty() && self.halts.is_empty()
    }
}

/// Gathers a batch, then verifies its commands on blocking threads, so that the executor can
/// write the previous batch meanwhile.
pub(super) async fn prepare(
    (consumer, member, topic): (&StreamConsumer<GroupContext>, Member<'_>, &str),
    halt_reader: &KafkaReader,
    token: &CancellationToken,
    max: usize,
    verifier: &Verifier,
) -> Result<Gathered> {
    let (msgs, halts) = gather((consumer, member, topic), halt_reader, token, max).await?;
    // The generation first: read the other way round, a rebalance in between would pair the old
    // count with the new generation, and the batch would be neither dropped nor refused.
    let group = consumer.group_metadata();
    let seen = consumer.context().rebalances();
    let now = now_ms();
    let (msgs, verified) = if msgs.is_empty() {
        (msgs, Vec::new())
    } else {
        let v = verifier.clone();
        let n = msgs.len();
        let task = tokio::task::spawn_blocking(move || {
            let verified = verify_all(&v, &msgs, now);
            (msgs, verified)
        });
        // Nothing of this batch is committed, so an executor stopped here reads it again.
        task.await.map_err(|e| {
            anyhow::anyhow!("verifying a batch of {n} commands stopped unexpectedly: {e}")
        })?
    };
    Ok(Gathered {
        msgs,
        halts,
        verified,
        now,
        rebalances: seen,
        group,
    })
}

/// Gathers a batch: waits for the first command (briefly, to keep following halts), drains up to
/// `max` commands, then takes every halt that has arrived. Returns (commands, halts).
pub(super) async fn gather(
    (consumer, member, topic): (&StreamConsumer<GroupContext>, Member<'_>, &str),
    halt_reader: &KafkaReader,
    token: &CancellationToken,
    max: usize,
) -> Result<(Vec<OwnedMessage>, Vec<OwnedMessage>)> {
    let mut msgs: Vec<OwnedMessage> = Vec::new();
    tokio::select! {
        _ = token.cancelled() => {}
        r = tokio::time::timeout(Duration::from_millis(100), consumer.recv()) => {
            if let Ok(r) = r {
                match r {
                    Ok(m) => msgs.push(m.detach()),
                    Err(e) => group::received(e, member, topic)?,
                }
            }
        }
    }
    while !msgs.is_empty() && msgs.len() < max {
        match tokio::time::timeout(Duration::from_millis(2), consumer.recv()).await {
            Ok(Ok(m)) => msgs.push(m.detach()),
            Ok(Err(e)) => group::received(e, member, topic)?,
            Err(_) => break,
        }
    }
    let mut halts = Vec::new();
    while let Some(r) = halt_reader.poll(Duration::ZERO) {
        match r {
            Ok(m) => halts.push(m.detach()),
            Err(e) => tracing::warn!("halt topic: {e}"),
        }
    }
    Ok((msgs, halts))
}

/// Verifies a batch's signatures on every core: verification is most of the executor's CPU.
/// A command's verification and its `command.verify` span (when tracing), which the command's
/// `command.execute` goes under.
pub(super) type Checked = (Result<Verified, Rejection>, Option<SpanContext>);

fn verify_all(v: &Verifier, msgs: &[OwnedMessage], now: i64) -> Vec<Checked> {
    let one = |m: &OwnedMessage| {
        let parent = crate::kafka::trace::extract(m);
        let span = crate::otel::start("command.verify", Kind::Consumer, parent.as_ref(), || {
            let robot = String::from_utf8_lossy(m.key().unwrap_or_default()).into_owned();
            vec![attr("robot.id", robot)]
        });
        let checked = v.verify(m.key(), m.payload(), now);
        crate::otel::annotate(span.as_ref(), || match &checked {
            Ok(ok) => vec![
                attr("command.id", ok.command.command_id.to_string()),
                attr("command.verified", true),
            ],
            Err(e) => vec![
                attr("command.verified", false),
                attr("error.type", e.class()),
            ],
        });
        crate::otel::end(span.as_ref());
        (checked, span)
    };
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    if threads < 2 || msgs.len() < 64 {
        return msgs.iter().map(one).collect();
    }
    let chunk = msgs.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = msgs
            .chunks(chunk)
            .map(|c| {
                (
                    c.len(),
                    scope.spawn(move || c.iter().map(one).collect::<Vec<_>>()),
                )
            })
            .collect();
        // Keep results aligned with records even if a thread died: its records are rejected.
        handles
            .into_iter()
            .flat_map(|(n, h)| {
                h.join().unwrap_or_else(|_| {
                    vec![
                        (
                            Err(Rejection::Malformed("verification failed".into())),
                            None
                        );
                        n
                    ]
                })
            })
            .collect()
    })
}

/// Seeks every assigned partition back to its committed offset, and returns those offsets.
/// Reading them waits until no transaction committing offsets of these partitions is open (a
/// read_committed consumer asks for stable offsets).
pub(super) fn rewind<C: ConsumerContext>(
    consumer: &StreamConsumer<C>,
    timeout: Duration,
) -> Result<BTreeMap<i32, i64>> {
    // The group coordinator may be moving (a broker died): ask again within the timeout.
    let committed = crate::kafka::client::while_transient(timeout, |left| consumer.committed(left))
        .map_err(|e| anyhow::anyhow!("reading committed offsets: {e}"))?;
    let mut at = BTreeMap::new();
    for e in committed.elements() {
        let offset = match e.offset() {
            Offset::Offset(o) => {
                at.insert(e.partition(), o);
                Offset::Offset(o)
            }
            _ => Offset::Beginning,
        };
        if let Err(err) = consumer.seek(e.topic(), e.partition(), offset, timeout) {
            // Revoked since the committed offsets were read (seen in a rolling restart): the next
            // assignment puts its partitions at their committed offsets anyway.
            let held = consumer
                .assignment()
                .map(|a| a.find_partition(e.topic(), e.partition()).is_some());
            if held.unwrap_or(true) {
                return Err(
                    anyhow::anyhow!("rewinding {}/{}: {err}", e.topic(), e.partition()).into(),
                );
            }
            tracing::info!(
                "{}/{} was revoked while rewinding",
                e.topic(),
                e.partition()
            );
        }
    }
    Ok(at)
}

/// Puts the halt follower back before the halts of a batch that was not written.
pub(super) fn rewind_halts(
    reader: &KafkaReader,
    first: Option<i64>,
    halt_topic: &str,
) -> Result<()> {
    if let Some(first) = first {
        reader
            .seek(halt_topic, 0, Offset::Offset(first), Duration::from_secs(5))
            .map_err(|e| anyhow::anyhow!("rewinding the halt follower: {e}"))?;
    }
    Ok(())
}
